package com.portdrill.tui.term;

import org.jline.terminal.spi.Pty;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.impl.PosixSysTerminal;
import org.jline.terminal.impl.jni.JniTerminalProvider;
import org.jline.utils.InfoCmp;
import org.jline.utils.OSUtils;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * The system terminal through JLine's native (JNI) provider, built without {@code TerminalBuilder} so that the
 * slow parts of opening it overlap and shrink: {@code infocmp} runs while the terminal is set up, and its text
 * is parsed by {@link TermCapabilities} rather than by JLine's parse (see there). What JLine's builder would
 * have made is unchanged otherwise: the same terminal class, pty, encoding and native signal handling.
 */
final class SystemTerminal extends PosixSysTerminal {
    private SystemTerminal(String type, Pty pty) throws IOException {
        super("portdrill", type, pty, StandardCharsets.UTF_8, true, SignalHandler.SIG_DFL);
    }

    /** Left empty: the capabilities are filled in by {@link #open} once infocmp has answered. */
    @Override
    protected void parseInfoCmp() {
    }

    /**
     * Opens the terminal that standard input and output are on, described by {@code type} (the TERM value).
     *
     * @throws IOException when the native provider cannot open it
     */
    static PosixSysTerminal open(String type) throws IOException {
        Process infocmp = startInfocmp(type);
        SystemTerminal terminal;
        try {
            Pty pty = new JniTerminalProvider().current(SystemStream.Output);
            terminal = new SystemTerminal(type, pty);
        } catch (IOException | RuntimeException | LinkageError e) {
            if (infocmp != null) {
                infocmp.destroy();
            }
            throw e;
        }
        try {
            TermCapabilities caps = TermCapabilities.parse(description(type, infocmp));
            terminal.bools.addAll(caps.flags());
            terminal.ints.putAll(caps.numbers());
            terminal.strings.putAll(caps.strings());
            return terminal;
        } catch (RuntimeException e) {
            terminal.close();
            throw e;
        }
    }

    /** {@code infocmp -x TYPE} started, or null when it cannot be (then the description bundled with JLine). */
    private static Process startInfocmp(String type) {
        try {
            return new ProcessBuilder(OSUtils.INFOCMP_COMMAND, "-x", type)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The system's terminfo for {@code type} when infocmp gave it, else JLine's bundled description of that type,
     * else of {@code ansi} (JLine's own last resort).
     */
    private static String description(String type, Process infocmp) {
        if (infocmp != null) {
            try (InputStream out = infocmp.getInputStream()) {
                String text = new String(out.readAllBytes(), StandardCharsets.UTF_8);
                if (infocmp.waitFor() == 0 && !text.isBlank()) {
                    return text;
                }
            } catch (IOException e) {
                // Falls back to the bundled description below.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                infocmp.destroy();
            }
        }
        String bundled = InfoCmp.getDefaultInfoCmp(type);
        return bundled != null ? bundled : InfoCmp.getDefaultInfoCmp("ansi");
    }
}
