package com.portdrill.chart;

import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Message;
import com.portdrill.stats.DayCount;
import com.portdrill.text.DisplayWidth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A calendar of counts: one column per week (Monday on top), one row per weekday, each day shaded by its count
 * in four steps. A legend says what each shade stands for, so the map reads without colour. When the width is
 * short the oldest weeks go first.
 */
public final class HeatMap {
    private static final int LABEL = 3;

    private HeatMap() {
    }

    /**
     * @param days  consecutive days, oldest first
     * @param width the display columns each line may take
     * @return a month line, seven weekday lines and the legend
     */
    public static List<String> render(List<DayCount> days, int width, Lang lang) {
        if (days.isEmpty()) {
            return List.of();
        }
        LocalDate firstMonday = days.get(0).date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = days.get(days.size() - 1).date();
        int allWeeks = (int) (ChronoUnit.DAYS.between(firstMonday, last) / 7) + 1;
        int cell = LABEL + 2 * allWeeks <= width ? 2 : 1;
        int weeks = Math.max(0, Math.min(allWeeks, (width - LABEL) / cell));
        LocalDate start = firstMonday.plusWeeks(allWeeks - (long) weeks);

        Map<LocalDate, Integer> counts = new HashMap<>();
        int max = 0;
        for (DayCount d : days) {
            if (!d.date().isBefore(start)) {
                counts.put(d.date(), d.count());
                max = Math.max(max, d.count());
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(monthLine(start, weeks, cell, lang));
        for (DayOfWeek weekday : DayOfWeek.values()) {
            StringBuilder row = new StringBuilder(Lines.padRight(Message.of(weekday).in(lang), LABEL));
            for (int w = 0; w < weeks; w++) {
                Integer count = counts.get(start.plusWeeks(w).plusDays(weekday.ordinal()));
                char shade = Blocks.SHADES.charAt(count == null ? 0 : level(count, max));
                row.append(String.valueOf(shade).repeat(cell));
            }
            lines.add(row.toString());
        }
        List<String> fitted = new ArrayList<>(Lines.fitted(lines, width));
        fitted.addAll(legend(max, width, lang));
        return List.copyOf(fitted);
    }

    /** Which of the four shades a count takes: quarters of the highest count shown. */
    static int level(int count, int max) {
        if (count <= 0 || max <= 0) {
            return 0;
        }
        return (int) Math.min(4, Math.max(1, (4L * count + max - 1) / max));
    }

    /** Each month named over the first week that ends in it, where there is room. */
    private static String monthLine(LocalDate start, int weeks, int cell, Lang lang) {
        StringBuilder line = new StringBuilder();
        int used = 0;
        for (int w = 0; w < weeks; w++) {
            LocalDate sunday = start.plusWeeks(w).plusDays(6);
            boolean newMonth = w == 0 || sunday.getMonth() != sunday.minusWeeks(1).getMonth();
            int column = LABEL + w * cell;
            if (newMonth && column >= used) {
                String name = Message.of(sunday.getMonth()).in(lang);
                line.append(" ".repeat(column - used)).append(name);
                used = column + DisplayWidth.of(name) + 1;
                line.append(' ');
            }
        }
        return line.toString();
    }

    private static List<String> legend(int max, int width, Lang lang) {
        List<String> items = new ArrayList<>();
        for (int level = 1; level <= 4; level++) {
            int low = (level - 1) * max / 4 + 1;
            int high = level * max / 4;
            if (low <= high) {
                items.add(Blocks.SHADES.charAt(level) + " " + (low == high ? low : low + "-" + high));
            }
        }
        items.add(Message.STATS_KEY_ZERO.in(lang));
        return Lines.flow(items, width);
    }
}
