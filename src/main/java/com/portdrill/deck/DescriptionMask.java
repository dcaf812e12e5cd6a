package com.portdrill.deck;

import com.portdrill.text.Fold;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Hides what would give a description→port question away: the service's names and the answer's port numbers.
 * A term is hidden only as a whole word (its neighbours are not ASCII letters or digits), so hiding
 * {@code SMTP} leaves {@code ESMTP} alone while {@code DNS服务器} still loses its {@code DNS}.
 */
final class DescriptionMask {
    static final String HIDDEN = "___";

    private DescriptionMask() {
    }

    static String mask(String description, List<String> terms) {
        // Both the term as written and its NFKC form are hidden; the description itself is left as the
        // document wrote it, full-width Chinese punctuation included.
        Set<String> unique = new TreeSet<>();
        for (String t : terms) {
            for (String w : List.of(t.strip(), Fold.width(t).strip())) {
                if (w.length() >= 2 || (!w.isEmpty() && w.chars().allMatch(Character::isDigit))) {
                    unique.add(w);
                }
            }
        }
        List<String> byLength = new ArrayList<>(unique);
        byLength.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        String text = description;
        for (String term : byLength) {
            text = hide(text, term);
        }
        return text;
    }

    private static String hide(String text, String term) {
        String lower = text.toLowerCase(Locale.ROOT);
        String needle = term.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        int at = lower.indexOf(needle);
        while (at >= 0) {
            int end = at + needle.length();
            boolean number = needle.chars().allMatch(Character::isDigit);
            if (isBoundary(text, at - 1, -1, number) && isBoundary(text, end, 1, number)) {
                out.append(text, from, at).append(HIDDEN);
                from = end;
            }
            at = lower.indexOf(needle, Math.max(at + 1, from));
        }
        return out.append(text.substring(from)).toString();
    }

    /**
     * Whether the character at {@code i} ends a whole word. For a number, a dot followed by a digit does not:
     * the 0 of {@code 0.0.0.0} or the 1 of {@code 1.0} is part of an address or a version, not a port.
     */
    private static boolean isBoundary(String text, int i, int step, boolean number) {
        if (i < 0 || i >= text.length()) {
            return true;
        }
        char c = text.charAt(i);
        if (number && c == '.' && i + step >= 0 && i + step < text.length() && isAsciiAlnum(text.charAt(i + step))) {
            return false;
        }
        return !isAsciiAlnum(c);
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    /** How much of the description is left to go on: Latin words of two letters or more, or CJK characters / 3. */
    static int clues(String masked) {
        int words = 0;
        int cjk = 0;
        for (String w : Fold.loose(masked.replace(HIDDEN, " ")).split(" ")) {
            if (w.codePoints().allMatch(cp -> cp < 0x2E80)) {
                words += w.length() >= 2 ? 1 : 0;
            } else {
                cjk += (int) w.codePoints().filter(cp -> cp >= 0x2E80).count();
            }
        }
        return words + cjk / 3;
    }
}
