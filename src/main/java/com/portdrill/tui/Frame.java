package com.portdrill.tui;

import org.jline.utils.AttributedString;

import java.util.List;

/**
 * What a view draws: its lines, and where the text cursor stands ({@code cursorRow} -1 hides it).
 * The cursor column counts display columns, so it lands right after wide characters.
 */
public record Frame(List<AttributedString> lines, int cursorRow, int cursorCol) {
    public Frame {
        lines = List.copyOf(lines);
    }

    public static Frame of(List<AttributedString> lines) {
        return new Frame(lines, -1, 0);
    }

    public boolean cursorShown() {
        return cursorRow >= 0;
    }
}
