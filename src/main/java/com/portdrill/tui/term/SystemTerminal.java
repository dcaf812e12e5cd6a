package com.portdrill.tui.term;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.utils.InfoCmp;
import org.jline.utils.OSUtils;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The system terminal through JLine's public {@link TerminalBuilder} and its native (JNI) provider, with the two
 * slow parts of opening it made to overlap and shrink. {@code infocmp} is started before the builder runs, and its
 * answer is handed to JLine ({@link InfoCmp#setLoadedInfoCmp(String, Supplier)}) as a supplier JLine calls only
 * when it reads the description, so the process runs while the terminal is set up. And the description is handed
 * over on as few lines as it can be: JLine's parse compiles a regular expression for every line of it.
 */
final class SystemTerminal {
    private SystemTerminal() {
    }

    /**
     * Opens the terminal that standard input and output are on, described by {@code type} (the TERM value).
     *
     * @throws IOException when the native provider cannot open it
     */
    static Terminal open(String type) throws IOException {
        Process infocmp = startInfocmp(type);
        InfoCmp.setLoadedInfoCmp(type, new Description(type, infocmp));
        try {
            return TerminalBuilder.builder().system(true).provider("jni").dumb(false).type(type).name("portdrill")
                    .encoding(StandardCharsets.UTF_8).nativeSignals(true)
                    .signalHandler(Terminal.SignalHandler.SIG_DFL).build();
        } catch (IOException | RuntimeException | LinkageError e) {
            if (infocmp != null) {
                infocmp.destroy();
            }
            throw e;
        }
    }

    /** The description of one terminal type, read once when JLine first asks for it. */
    private static final class Description implements Supplier<String> {
        private final String type;
        private final Process infocmp;
        private String text;

        Description(String type, Process infocmp) {
            this.type = type;
            this.infocmp = infocmp;
        }

        @Override
        public synchronized String get() {
            if (text == null) {
                text = compact(description(type, infocmp));
            }
            return text;
        }
    }

    /**
     * The same description with every capability on one line after the first (which JLine skips: infocmp's
     * comment, or the names): a line is joined to the one before it only where that one ends a capability with
     * its comma (not an escaped one, which JLine reads as the end of a line's last value), so that no two
     * capabilities run together.
     */
    static String compact(String description) {
        String[] lines = description.split("\n");
        StringBuilder out = new StringBuilder(description.length()).append(lines[0]);
        boolean joinable = false;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            out.append(joinable ? " " : "\n\t").append(line);
            joinable = line.endsWith(",") && !line.endsWith("\\,");
        }
        return out.append('\n').toString();
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
