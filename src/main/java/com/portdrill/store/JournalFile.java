package com.portdrill.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/** Reads the journal whole: every good line into a {@link JournalColumns}, every damaged one noted with its bytes. */
final class JournalFile {
    /** Far beyond a lifetime of study (about 120 bytes a review); refusing beats running out of memory. */
    static final long MAX_BYTES = 1L << 30;

    private JournalFile() {
    }

    /** A line that could not be trusted: {@code number} counts from 1. */
    record Rejected(int number, int offset, int length, String reason) {
    }

    /**
     * @param bytes       the file as read, kept only while damaged lines must be set aside
     * @param endsMidLine the file does not end with a newline, so the next append must start one
     * @param length      the file's length
     * @param crc         the CRC-32 of the whole file so far, carried on as lines are appended, for {@link ColumnsCache}
     * @param cached      how many reviews came from the cache rather than from parsing
     */
    record Loaded(JournalColumns log, List<Rejected> rejected, byte[] bytes, boolean endsMidLine, long length, CRC32 crc,
                  int cached) {
    }

    /** Loads {@code file}, taking the reviews of its first part from {@code cache} when that still matches it. */
    static Loaded load(Path file, JournalCodec codec, String shownName, ColumnsCache.Loaded cache) throws IOException {
        CRC32 crc = new CRC32();
        JournalColumns log = null;
        int base = 0;
        byte[] b;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            if (size > MAX_BYTES) {
                throw new StoreException(shownName + " is " + (size >> 20) + " MB, more than portdrill reads ("
                        + (MAX_BYTES >> 20) + " MB); move it aside and start afresh, nothing was changed");
            }
            if (cache != null && cache.journalBytes() <= size) {
                // Checked in place, not copied: the cached part is most of the file and is not parsed.
                crc.update(ch.map(FileChannel.MapMode.READ_ONLY, 0, cache.journalBytes()));
                if ((int) crc.getValue() == cache.journalCrc()) {
                    log = cachedLog(cache);
                    base = log == null ? 0 : (int) cache.journalBytes();
                }
            }
            if (log == null) {
                log = new JournalColumns();
                crc.reset();
            }
            b = new byte[(int) (size - base)];
            ByteBuffer into = ByteBuffer.wrap(b);
            int n = 0;
            while (into.hasRemaining() && n >= 0) {
                n = ch.read(into, base + into.position());
            }
        } catch (NoSuchFileException e) {
            return new Loaded(new JournalColumns(), List.of(), new byte[0], false, 0, new CRC32(), 0);
        }
        int cached = log.size();
        crc.update(b);
        int start = 0;
        List<Rejected> rejected = new ArrayList<>();
        while (start < b.length) {
            int end = start;
            while (end < b.length && b[end] != '\n') {
                end++;
            }
            int len = end - start;
            if (len > 0 && !(len == 1 && b[start] == '\r')) {
                int schema = JournalCodec.declaredSchema(b, start, len);
                if (schema > JournalCodec.SCHEMA) {
                    if (base > 0) {
                        return load(file, codec, shownName, null); // to name the line by its number in the file
                    }
                    throw new StoreException(shownName + " line " + lineNumber(b, start)
                            + " was written by a newer portdrill (schema " + schema + "; this one reads " + JournalCodec.SCHEMA
                            + "): update portdrill; nothing was changed");
                }
                String reason = codec.decode(b, start, len, log);
                if (reason != null) {
                    if (base > 0) {
                        // Rare: reported and set aside with whole-file line numbers and offsets, as without a cache.
                        return load(file, codec, shownName, null);
                    }
                    String where = end == b.length ? reason + " at the end" : reason;
                    rejected.add(new Rejected(lineNumber(b, start), start, len, where));
                }
            }
            start = end + 1;
        }
        boolean midLine = b.length > 0 && b[b.length - 1] != '\n';
        return new Loaded(log, rejected, rejected.isEmpty() ? null : b, midLine, base + b.length, crc, cached);
    }

    private static JournalColumns cachedLog(ColumnsCache.Loaded cache) {
        try {
            return cache.log();
        } catch (RuntimeException e) {
            return null; // a cache that does not decode is rebuilt from the journal
        }
    }

    /** The number of the line starting at {@code end}: counted only for a line to report, as that is rare. */
    private static int lineNumber(byte[] b, int end) {
        int n = 1;
        for (int i = 0; i < end; i++) {
            if (b[i] == '\n') {
                n++;
            }
        }
        return n;
    }
}
