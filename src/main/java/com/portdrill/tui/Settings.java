package com.portdrill.tui;

import com.portdrill.i18n.Lang;

import java.util.Objects;

/** What the settings screen changes: the interface language and whether colour is used. */
public record Settings(Lang lang, boolean colour) {
    public Settings {
        Objects.requireNonNull(lang, "lang");
    }

    public Settings withLang(Lang l) {
        return new Settings(l, colour);
    }

    public Settings withColour(boolean c) {
        return new Settings(lang, c);
    }
}
