package com.portdrill.tui;

import com.portdrill.i18n.Lang;

import java.util.Objects;

/** A deck the settings screen offers: its name, and its title in each language (either may be blank). */
public record DeckChoice(String name, String titleEn, String titleZh) {
    public DeckChoice {
        Objects.requireNonNull(name, "name");
        titleEn = titleEn == null ? "" : titleEn;
        titleZh = titleZh == null ? "" : titleZh;
    }

    /** The title in {@code lang}, else in the other language, else the name. */
    public String title(Lang lang) {
        String preferred = lang == Lang.ZH ? titleZh : titleEn;
        String other = lang == Lang.ZH ? titleEn : titleZh;
        return !preferred.isBlank() ? preferred : !other.isBlank() ? other : name;
    }
}
