package com.portdrill.catalogue;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds words whose {@code ti} was turned into {@code TI} when the text was copied ({@code AuthenTIcaTIon},
 * {@code TIny}, {@code AnTIgen}): a capital {@code TI} run into lower-case letters is no acronym.
 * The text is shown as written; matching folds case, so the damage does not stop a match.
 */
final class DamagedLetters {
    private static final Pattern WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern DAMAGE = Pattern.compile("[a-z]TI|TI[a-z]");

    private DamagedLetters() {
    }

    static List<String> in(String text) {
        if (text == null) {
            return List.of();
        }
        return WORD.matcher(text).results().map(r -> r.group()).filter(w -> DAMAGE.matcher(w).find()).toList();
    }

    /** The word as it was before the damage: {@code AnTIgen} reads {@code Antigen}. */
    static String repaired(String word) {
        String rest = word.startsWith("TI") ? "Ti" + word.substring(2) : word;
        return rest.replace("TI", "ti");
    }
}
