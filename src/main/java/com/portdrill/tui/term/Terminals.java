package com.portdrill.tui.term;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.jni.JniNativePty;
import org.jline.terminal.spi.SystemStream;

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
     * isatty on standard input and output, through JLine's native library, which the full screen loads anyway:
     * asking Java's console instead costs about 10 ms more from Java 22 on. Where the library cannot load, the
     * console is asked.
     */
    private static boolean onATerminal() {
        try {
            return JniNativePty.isPosixSystemStream(SystemStream.Input)
                    && JniNativePty.isPosixSystemStream(SystemStream.Output);
        } catch (RuntimeException | LinkageError e) {
            return consoleIsTerminal();
        }
    }

    /**
     * Up to Java 21 a console exists only when standard input and output are both terminals; from Java 22 there
     * is always one, and {@code Console.isTerminal()} (absent before 22, so looked up by name) tells instead.
     */
    private static boolean consoleIsTerminal() {
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
     * The native (JNI) terminal first: it needs no external process but infocmp, which keeps start-up fast; the
     * exec provider (stty) only when JNI cannot load. Never a dumb terminal: the caller uses plain mode instead.
     */
    static Terminal open() throws IOException {
        try {
            return SystemTerminal.open(System.getenv("TERM"));
        } catch (IOException | RuntimeException | LinkageError e) {
            return TerminalBuilder.builder().system(true).dumb(false).encoding(StandardCharsets.UTF_8)
                    .name("portdrill").nativeSignals(true).provider("exec").build();
        }
    }
}
