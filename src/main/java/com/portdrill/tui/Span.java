package com.portdrill.tui;

import com.portdrill.text.Sanitize;

import java.util.Objects;

/** A run of text with one role. The text is sanitised here, so no data reaches a line unsanitised. */
public record Span(Role role, String text) {
    public Span {
        Objects.requireNonNull(role, "role");
        text = Sanitize.forTerminal(text);
    }

    public static Span of(Role role, String text) {
        return new Span(role, text);
    }

    public static Span plain(String text) {
        return new Span(Role.PLAIN, text);
    }
}
