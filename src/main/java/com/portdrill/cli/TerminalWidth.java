package com.portdrill.cli;

import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.IOException;

/** How wide printed charts may be: {@code COLUMNS} when set, the terminal's width on a terminal, else 80. */
final class TerminalWidth {
    static final int DEFAULT = 80;

    private TerminalWidth() {
    }

    static int of() {
        Integer columns = parse(System.getenv("COLUMNS"));
        if (columns != null) {
            return columns;
        }
        return System.console() != null ? terminalWidth() : DEFAULT;
    }

    /** A positive width, or null for anything else. */
    static Integer parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            int columns = Integer.parseInt(value.trim());
            return columns > 0 ? columns : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int terminalWidth() {
        try (Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build()) {
            int width = terminal.getWidth();
            return width > 0 ? width : DEFAULT;
        } catch (IOException | RuntimeException e) {
            return DEFAULT;
        }
    }
}
