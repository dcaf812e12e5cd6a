package com.portdrill.i18n;

import java.util.Locale;

/** The interface languages; also which document's description is shown first. */
public enum Lang {
    EN, ZH;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Lang other() {
        return this == EN ? ZH : EN;
    }
}
