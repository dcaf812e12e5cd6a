package com.portdrill.text;

/**
 * Makes text from files safe to print: documents, decks and progress are data, and a control
 * character or escape sequence in them must never reach the terminal as a command.
 */
public final class Sanitize {
    private Sanitize() {
    }

    /**
     * Replaces every C0 and C1 control character (ESC, BEL, CSI …), DEL, and every bidirectional
     * override or isolate with a visible stand-in; tabs and newlines become single spaces.
     */
    public static String forTerminal(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            String replacement = replacementFor(cp);
            if (replacement != null && out == null) {
                out = new StringBuilder(s.length() + 8).append(s, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.appendCodePoint(cp);
                }
            }
            i += len;
        }
        return out == null ? s : out.toString();
    }

    private static String replacementFor(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            return " ";
        }
        if (cp < 0x20) {
            return String.valueOf((char) (0x2400 + cp)); // the Control Pictures block: ␛, ␇ …
        }
        if (cp == 0x7F) {
            return "\u2421";
        }
        if (cp >= 0x80 && cp < 0xA0) {
            return "\uFFFD";
        }
        if (isBidiControl(cp) || cp == 0xFEFF) {
            return "";
        }
        return null;
    }

    private static boolean isBidiControl(int cp) {
        return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F
                || cp == 0x061C;
    }
}
