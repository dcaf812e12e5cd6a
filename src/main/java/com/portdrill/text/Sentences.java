package com.portdrill.text;

/** Shortens a description to what a learner reads after every answer: its first sentence, within a length. */
public final class Sentences {
    private static final String ELLIPSIS = "…";

    private Sentences() {
    }

    /**
     * The first sentence of {@code text} (ended by {@code . ! ?} before a space or the end, or by Chinese
     * {@code 。！？}) when it fits in {@code max} characters; otherwise the text cut at the last space within
     * {@code max} (anywhere, for Chinese, which has no spaces) and marked with an ellipsis.
     */
    public static String shorten(String text, int max) {
        String s = text.strip();
        int end = firstEnd(s);
        if (end <= max) {
            return s.substring(0, end);
        }
        int space = s.lastIndexOf(' ', max);
        int cut = space > max / 2 ? space : max;
        return s.substring(0, cut).stripTrailing() + ELLIPSIS;
    }

    /** Where the first sentence ends (exclusive), or the text's length. */
    private static int firstEnd(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '。' || c == '！' || c == '？') {
                return i + 1;
            }
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return s.length();
    }
}
