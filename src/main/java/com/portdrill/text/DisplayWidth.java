package com.portdrill.text;

/** Terminal columns a string takes: East Asian wide and full-width characters take two, combining marks none. */
public final class DisplayWidth {
    private DisplayWidth() {
    }

    public static int of(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += of(cp);
            i += Character.charCount(cp);
        }
        return w;
    }

    public static int of(int cp) {
        if (cp == 0) {
            return 0;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
            return 0;
        }
        return isWide(cp) ? 2 : 1;
    }

    /** Cuts {@code s} to at most {@code columns} display columns without splitting a wide character. */
    public static String clip(String s, int columns) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int cw = of(cp);
            if (w + cw > columns) {
                return s.substring(0, i);
            }
            w += cw;
            i += Character.charCount(cp);
        }
        return s;
    }

    /**
     * The wide ranges, first and last code point of each, in order: Hangul Jamo; CJK radicals and punctuation;
     * kana to CJK compatibility; CJK ideographs (extension A, then the main block); Yi; Hangul syllables; CJK
     * compatibility ideographs; CJK compatibility forms; full-width forms (two runs); two emoji blocks; the
     * supplementary ideographic planes.
     */
    private static final int[] WIDE = {
        0x1100, 0x115F,
        0x2E80, 0x303E,
        0x3041, 0x33FF,
        0x3400, 0x4DBF,
        0x4E00, 0x9FFF,
        0xA000, 0xA4CF,
        0xAC00, 0xD7A3,
        0xF900, 0xFAFF,
        0xFE30, 0xFE4F,
        0xFF00, 0xFF60,
        0xFFE0, 0xFFE6,
        0x1F300, 0x1F64F,
        0x1F900, 0x1F9FF,
        0x20000, 0x3FFFD,
    };

    private static boolean isWide(int cp) {
        for (int i = 0; i < WIDE.length; i += 2) {
            if (cp < WIDE[i]) {
                return false;
            }
            if (cp <= WIDE[i + 1]) {
                return true;
            }
        }
        return false;
    }
}
