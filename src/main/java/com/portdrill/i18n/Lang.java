package com.portdrill.i18n;

import java.util.Locale;

/** The interface languages (English and Chinese, {@code --lang en|zh}); also which document's description is shown first. */
public enum Lang {
    EN, ZH;

    /** The language asked for, or English where none was ({@code --lang} not given). */
    public static Lang orEnglish(Lang asked) {
        return asked == null ? EN : asked;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Lang other() {
        return this == EN ? ZH : EN;
    }
}
