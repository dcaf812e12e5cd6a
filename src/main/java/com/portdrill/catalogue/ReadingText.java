package com.portdrill.catalogue;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins text as a reader reads it. A line break or a stray space between Chinese characters is
 * no gap at all in Chinese, while a break between two Latin words is a space.
 */
final class ReadingText {
    private static final Pattern SPACE_BETWEEN_HAN = Pattern.compile("(?<=\\p{IsHan})[ \\t\u3000]+(?=\\p{IsHan})");
    private static final Pattern HAN_SPACE_HAN = Pattern.compile("\\p{IsHan}[ \\t\u3000]+\\p{IsHan}");

    private ReadingText() {
    }

    static String join(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (out.length() > 0 && !isCjk(out.codePointBefore(out.length())) && !isCjk(line.codePointAt(0))) {
                out.append(' ');
            }
            out.append(line);
        }
        return out.toString();
    }

    /** The spaces between two Han characters that {@link #withoutStraySpaces} drops, for diagnostics. */
    static List<String> straySpaces(String text) {
        return HAN_SPACE_HAN.matcher(text).results().map(r -> r.group()).toList();
    }

    static String withoutStraySpaces(String text) {
        return SPACE_BETWEEN_HAN.matcher(text).replaceAll("");
    }

    /** Chinese, Japanese and Korean script, their punctuation, and full-width forms: no space is wanted next to them. */
    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL) {
            return true;
        }
        return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
    }
}
