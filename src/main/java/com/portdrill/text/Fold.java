package com.portdrill.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text the way a person compares it: full-width forms to ASCII (NFKC), case ignored,
 * punctuation and runs of spacing reduced to single spaces. Used wherever typed input or damaged
 * document text is matched, never for display.
 */
public final class Fold {
    private Fold() {
    }

    /** NFKC, lower case, every run of non-letter-or-digit characters becomes one space, trimmed. */
    public static String loose(String s) {
        if (s == null) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(n.length());
        boolean gap = false;
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                gap = false;
                out.appendCodePoint(cp);
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** {@link #loose} with the spaces removed too, so that "Net BIOS" and "netbios" compare equal. */
    public static String compact(String s) {
        return loose(s).replace(" ", "");
    }

    /** NFKC only: full-width digits, letters and punctuation become their ASCII forms; case kept. */
    public static String width(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC);
    }
}
