package com.portdrill.chart;

import java.util.List;

/** A row of rising blocks, one per value, scaled from the lowest value shown to the highest. */
public final class Sparkline {
    private Sparkline() {
    }

    /** The latest values that fit in {@code width} columns; the same value throughout draws a level line. */
    public static String of(List<Integer> values, int width) {
        List<Integer> shown = values.subList(Math.max(0, values.size() - Math.max(width, 0)), values.size());
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int v : shown) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        StringBuilder line = new StringBuilder(shown.size());
        for (int v : shown) {
            int level = max == min ? (max > 0 ? 3 : 0) : (int) Math.round((v - min) * 7.0 / (max - min));
            line.append(Blocks.RISING.charAt(level));
        }
        return line.toString();
    }
}
