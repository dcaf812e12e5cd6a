package com.portdrill.chart;

import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Message;
import com.portdrill.stats.DayCount;
import com.portdrill.text.DisplayWidth;

import java.util.ArrayList;
import java.util.List;

/**
 * Upright bars, one per day, rising in eighths of a row; the highest count is written at the top of the scale
 * and the days under the bars are counted from today. When the width is short the furthest days go first.
 */
public final class ColumnChart {
    private static final int WEEK = 7;

    private ColumnChart() {
    }

    /**
     * @param days   consecutive days, the first one today
     * @param width  the display columns each line may take
     * @param height the rows the bars may rise (at least one)
     * @return {@code height} bar lines and a line naming the days
     */
    public static List<String> render(List<DayCount> days, int width, int height, Lang lang) {
        int rows = Math.max(1, height);
        int max = 0;
        for (DayCount d : days) {
            max = Math.max(max, d.count());
        }
        int axis = String.valueOf(max).length() + 1;
        int cell = axis + 2 * days.size() <= width ? 2 : 1;
        int shown = Math.max(0, Math.min(days.size(), (width - axis) / cell));
        List<String> lines = new ArrayList<>();
        for (int row = 0; row < rows; row++) {
            int floor = (rows - 1 - row) * 8;
            StringBuilder line = new StringBuilder(row == 0 ? Lines.padLeft(String.valueOf(max), axis - 1) + " "
                    : " ".repeat(axis));
            for (int i = 0; i < shown; i++) {
                int fill = Blocks.eighths(days.get(i).count(), max, rows) - floor;
                line.append(fill <= 0 ? ' ' : fill >= 8 ? Blocks.FULL : Blocks.RISING.charAt(fill - 1));
                line.append(cell == 2 ? " " : "");
            }
            lines.add(line.toString());
        }
        lines.add(dayLine(shown, axis, cell, lang));
        return Lines.fitted(lines, width);
    }

    /** "today" under the first bar, then +7, +14 … under the bars a week on, where there is room. */
    private static String dayLine(int shown, int axis, int cell, Lang lang) {
        StringBuilder line = new StringBuilder(" ".repeat(axis));
        int used = axis;
        for (int i = 0; i < shown; i += WEEK) {
            String label = i == 0 ? Message.STATS_TODAY.in(lang) : "+" + i;
            int column = axis + i * cell;
            if (column >= used) {
                line.append(" ".repeat(column - used)).append(label).append(' ');
                used = column + DisplayWidth.of(label) + 1;
            }
        }
        return line.toString();
    }
}
