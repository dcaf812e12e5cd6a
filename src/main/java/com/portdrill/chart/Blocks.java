package com.portdrill.chart;

/** The Unicode block characters every chart is drawn with: shapes that read without colour. */
final class Blocks {
    /** Shades from none to full, for counts in a calendar. */
    static final String SHADES = " ░▒▓█";
    /** One to eight eighths of a cell's height. */
    static final String RISING = "▁▂▃▄▅▆▇█";
    /** One to eight eighths of a cell's width. */
    static final String WIDENING = "▏▎▍▌▋▊▉█";
    static final char FULL = '█';

    private Blocks() {
    }

    /** {@code value} of {@code max} in eighths of {@code cells} cells; anything above zero shows at least one eighth. */
    static int eighths(double value, double max, int cells) {
        if (value <= 0 || max <= 0 || cells <= 0) {
            return 0;
        }
        return (int) Math.max(1, Math.min(cells * 8L, Math.round(value / max * cells * 8)));
    }

    /** A bar of {@code eighths} eighths lying left to right. */
    static String horizontal(int eighths) {
        return String.valueOf(FULL).repeat(eighths / 8) + (eighths % 8 == 0 ? "" : WIDENING.charAt(eighths % 8 - 1));
    }
}
