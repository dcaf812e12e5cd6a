package com.portdrill.tui;

import com.portdrill.i18n.Lang;

import java.util.Objects;

/** How to draw: the language, the styles, and the window's size in columns and rows. */
public record Look(Lang lang, Theme theme, int cols, int rows) {
    public Look {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(theme, "theme");
    }
}
