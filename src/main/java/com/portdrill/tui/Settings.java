package com.portdrill.tui;

import com.portdrill.i18n.Lang;

import java.util.Objects;

/** What the settings screen changes: the interface language, whether colour is used, and the menu's choices. */
public record Settings(Lang lang, boolean colour, Choices choices) {
    public Settings {
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(choices, "choices");
    }

    public Settings withLang(Lang l) {
        return new Settings(l, colour, choices);
    }

    public Settings withColour(boolean c) {
        return new Settings(lang, c, choices);
    }

    public Settings withChoices(Choices c) {
        return new Settings(lang, colour, c);
    }
}
