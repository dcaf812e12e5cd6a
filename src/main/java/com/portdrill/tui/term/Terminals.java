package com.portdrill.tui.term;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Finds out whether a full screen is possible here, and opens the system terminal quickly. */
final class Terminals {
    private Terminals() {
    }

    /** Why the full screen cannot be used (not a terminal, TERM unset or dumb), or empty when it can. */
    static Optional<String> unavailable() {
        if (!onATerminal()) {
            return Optional.of("standard input or output is not a terminal");
        }
        String term = System.getenv("TERM");
        if (term == null || term.isBlank() || term.startsWith("dumb")) {
            return Optional.of("the terminal is dumb (TERM=" + (term == null ? "" : term) + ")");
        }
        return Optional.empty();
    }

    /**
     * Up to Java 21 a console exists only when standard input and output are both terminals; from Java 22 there
     * is always one, and {@code Console.isTerminal()} (absent before 22, so looked up by name) tells instead.
     */
    private static boolean onATerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | ClassCastException e) {
            return false;
        }
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
