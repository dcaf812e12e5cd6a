package com.portdrill.tui;

/** What a piece of text is, for the theme to style. */
public enum Role {
    PLAIN, TITLE, MUTED, ACCENT, SELECTED, CORRECT, CLOSE, WRONG, WARN, URGENT, INPUT
}
