package com.portdrill.tui;

import com.portdrill.i18n.Lang;

import java.util.Objects;

/** How to draw: the language, the styles, the window's size in columns and rows, and the menu's choices. */
public record Look(Lang lang, Theme theme, int cols, int rows, Choices choices) {
    public Look {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(choices, "choices");
    }

    /** Lines of text longer than this are hard to read, however wide the window. */
    public static final int READABLE = 100;

    /** The width text is wrapped to: the window's, less the last column, and never wider than {@link #READABLE}. */
    public int textWidth() {
        return Math.min(cols - 1, READABLE);
    }
}
