package com.portdrill.i18n;

import java.util.Locale;

/** Fills a text's {@code %s}, {@code %d}, {@code %02d}, {@code %.1f} and {@code %%} placeholders. */
final class Placeholders {
    private Placeholders() {
    }

    /**
     * The same text {@code String.format(Locale.ROOT, …)} gives for these placeholders (ASCII digits, '-', '.'),
     * but with no locale: with one, the first number formatted loads the locale data (CLDR decimal symbols, about
     * 8 ms), which the first question would wait for. {@code %S} would upper-case in the default locale, so the
     * texts use none ({@code PlaceholdersTest} checks every text against {@code Locale.ROOT}).
     */
    static String fill(String pattern, Object... args) {
        return String.format((Locale) null, pattern, args);
    }
}
