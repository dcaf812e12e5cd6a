package com.portdrill.tui.term;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Finds out whether a full screen is possible here, and opens the system terminal quickly. */
final class Terminals {
    private Terminals() {
    }

    /** Why the full screen cannot be used (not a terminal, TERM unset or dumb), or empty when it can. */
    static Optional<String> unavailable() {
        if (System.console() == null) {
            return Optional.of("standard input or output is not a terminal");
        }
        String term = System.getenv("TERM");
        if (term == null || term.isBlank() || term.startsWith("dumb")) {
            return Optional.of("the terminal is dumb (TERM=" + (term == null ? "" : term) + ")");
        }
        return Optional.empty();
    }

    /**
     * The JNI provider first: it needs no external process, which keeps start-up fast; the exec provider
     * (stty) only when JNI cannot load. Never a dumb terminal: the caller uses plain mode instead.
     */
    static Terminal open() throws IOException {
        try {
            return builder().provider("jni").build();
        } catch (IOException | RuntimeException | LinkageError e) {
            return builder().provider("exec").build();
        }
    }

    private static TerminalBuilder builder() {
        return TerminalBuilder.builder().system(true).dumb(false).encoding(StandardCharsets.UTF_8)
                .name("portdrill").nativeSignals(true);
    }
}
