package com.portdrill.store;

import com.portdrill.scan.FormatDetector;
import com.portdrill.scan.LineParser;
import com.portdrill.scan.Listener;
import com.portdrill.scan.ScanFlags;
import com.portdrill.scan.ScanFormat;
import com.portdrill.scan.Transport;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * Reads scan outputs from files, standard input and {@code /proc/net}, and hands their open ports on one at a
 * time: memory stays bounded whatever the size. Inputs come from other machines and other people, so sizes are
 * checked before reading, a line longer than any tool writes is counted as unreadable and skipped, and nmap's XML
 * is read by {@link NmapXmlReader}, which resolves no DTD and no entity.
 */
public final class ScanFiles {
    /** The largest scan read: a /16 on the common ports is about a tenth of it. */
    public static final long MAX_BYTES = 256L * 1024 * 1024;
    static final String FLAGS = "scan/flags.tsv";
    private static final int HEAD_BYTES = 64 * 1024;
    private static final int HEAD_LINES = 40;
    private static final int MAX_LINE = 16 * 1024;
    private static final List<String> SOCKET_TABLES = List.of("tcp", "tcp6", "udp", "udp6");

    private ScanFiles() {
    }

    /** The flags shipped in the jar ({@code scan/flags.tsv}). */
    public static ScanFlags flags() {
        return ScanFlags.parse(Resources.text(FLAGS));
    }

    /** Opens a scan file after checking it is a regular file no larger than {@link #MAX_BYTES}. */
    public static InputStream open(Path file) throws ScanFileException {
        try {
            if (Files.isDirectory(file) || Files.exists(file) && !Files.isRegularFile(file)) {
                throw new ScanFileException(file + " is not a regular file; give a file of nmap, ss or netstat output, or '-' for standard input");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ScanFileException(file + " is " + size + " bytes, more than portdrill reads (" + MAX_BYTES
                        + "); split the scan, e.g. one file per subnet");
            }
            return Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new ScanFileException("no file " + file + "; give a file of nmap, ss or netstat output, or '-' for standard input");
        } catch (ScanFileException e) {
            throw e;
        } catch (IOException e) {
            throw new ScanFileException("cannot read " + file + " (" + DeckFiles.describe(e) + ")");
        }
    }

    /** Standard input (or any stream), refused once more than {@link #MAX_BYTES} have come. */
    public static InputStream limited(InputStream in) {
        return new Limited(in, MAX_BYTES);
    }

    /**
     * Reads a scan output of any supported format, recognised by itself unless {@code forced}.
     *
     * @param rows       gets every open or listening port, in input order
     * @param unreadable gets the number (from 1) of each line that could not be read
     * @return the format read
     */
    public static ScanFormat read(InputStream raw, Optional<ScanFormat> forced, Consumer<Listener> rows,
                                  LongConsumer unreadable) throws ScanFileException {
        try (BufferedInputStream in = new BufferedInputStream(raw, HEAD_BYTES)) {
            in.mark(HEAD_BYTES);
            byte[] head = in.readNBytes(HEAD_BYTES);
            in.reset();
            if (head.length == 0) {
                throw new ScanFileException("the scan is empty; give nmap, ss or netstat output");
            }
            for (byte b : head) {
                if (b == 0) {
                    throw new ScanFileException("the scan holds binary data, not text; give nmap (-oX, -oG, -oN), ss or netstat output");
                }
            }
            ScanFormat format = forced.isPresent() ? forced.get() : FormatDetector.detect(headLines(head))
                    .orElseThrow(() -> new ScanFileException("cannot tell what this scan is; give nmap (-oX, -oG, -oN), ss"
                            + " or netstat output, or name it with --format (" + ScanFormat.codes() + ")"));
            if (format.xml()) {
                new NmapXmlReader(in, NmapXmlReader.DEFAULT_BUFFER, rows, unreadable).read();
            } else {
                readLines(in, format.parser(), rows, unreadable);
            }
            return format;
        } catch (ScanFileException e) {
            throw e;
        } catch (IOException e) {
            throw new ScanFileException("cannot read the scan (" + DeckFiles.describe(e) + ")");
        }
    }

    /**
     * Reads this machine's listening sockets from {@code procNet} (normally {@code /proc/net}).
     *
     * @return false when there is no socket table there (not Linux)
     */
    public static boolean readLocal(Path procNet, Consumer<Listener> rows, LongConsumer unreadable) throws ScanFileException {
        if (!Files.isRegularFile(procNet.resolve("tcp"))) {
            return false;
        }
        for (String table : SOCKET_TABLES) {
            Path file = procNet.resolve(table);
            if (!Files.exists(file)) {
                continue; // a kernel without IPv6 has no tcp6 or udp6
            }
            Transport transport = table.startsWith("tcp") ? Transport.TCP : Transport.UDP;
            try (InputStream in = Files.newInputStream(file)) {
                readLines(in, ScanFormat.procNet(transport), rows, unreadable);
            } catch (IOException e) {
                throw new ScanFileException("cannot read " + file + " (" + DeckFiles.describe(e) + ")");
            }
        }
        return true;
    }

    private static List<String> headLines(byte[] head) {
        String text = new String(head, StandardCharsets.UTF_8);
        return text.lines().limit(HEAD_LINES).toList();
    }

    private static void readLines(InputStream in, LineParser parser, Consumer<Listener> rows, LongConsumer unreadable)
            throws IOException {
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE));
        char[] buffer = new char[64 * 1024];
        StringBuilder line = new StringBuilder(256);
        boolean tooLong = false;
        long number = 0;
        int n;
        while ((n = reader.read(buffer)) > 0) {
            for (int i = 0; i < n; i++) {
                char c = buffer[i];
                if (c == '\n') {
                    number++;
                    finish(line, tooLong, number, parser, rows, unreadable);
                    line.setLength(0);
                    tooLong = false;
                } else if (line.length() < MAX_LINE) {
                    line.append(c);
                } else {
                    tooLong = true;
                }
            }
        }
        if (line.length() > 0 || tooLong) {
            finish(line, tooLong, number + 1, parser, rows, unreadable);
        }
    }

    private static void finish(StringBuilder line, boolean tooLong, long number, LineParser parser,
                               Consumer<Listener> rows, LongConsumer unreadable) {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') {
            end--;
        }
        if (tooLong || parser.read(line.substring(0, end), rows) == LineParser.Line.UNREADABLE) {
            unreadable.accept(number);
        }
    }

    /** Counts what passes and fails once the limit is passed, so a pipe that never ends cannot fill memory or time. */
    private static final class Limited extends FilterInputStream {
        private final long limit;
        private long count;

        Limited(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) throws ScanFileException {
            count += n;
            if (count > limit) {
                throw new ScanFileException("standard input passed " + limit + " bytes, more than portdrill reads;"
                        + " split the scan, e.g. one file per subnet");
            }
        }
    }
}
