package com.portdrill.chart;

import com.portdrill.i18n.Lang;
import com.portdrill.stats.DayCount;
import com.portdrill.text.DisplayWidth;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Whatever the counts and the width, no chart line is wider than the width or holds a control character. */
class ChartWidthProperties {
    private static final LocalDate START = LocalDate.of(2026, 9, 7);

    @Property(tries = 300)
    void heatMapsFit(@ForAll @Size(max = 120) List<@IntRange(max = 100_000) Integer> counts,
                     @ForAll @IntRange(min = 1, max = 250) int width, @ForAll Lang lang) {
        assertFits(HeatMap.render(days(counts), width, lang), width);
    }

    @Property(tries = 300)
    void columnChartsFit(@ForAll @Size(max = 40) List<@IntRange(max = 1_000_000) Integer> counts,
                         @ForAll @IntRange(min = 1, max = 250) int width, @ForAll @IntRange(min = 1, max = 12) int height,
                         @ForAll Lang lang) {
        List<String> lines = ColumnChart.render(days(counts), width, height, lang);
        assertFits(lines, width);
        if (lines.size() != height + 1) {
            throw new AssertionError("expected " + (height + 1) + " lines, got " + lines.size());
        }
    }

    @Property(tries = 300)
    void barsFit(@ForAll @Size(max = 6) List<@IntRange(max = 1_000_000) Integer> values,
                 @ForAll @IntRange(min = 1, max = 250) int width) {
        List<BarChart.Bar> bars = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            bars.add(new BarChart.Bar(i % 2 == 0 ? "重新学习" : "Learning", values.get(i)));
        }
        assertFits(BarChart.render(bars, width), width);
    }

    @Property(tries = 300)
    void sparklinesAndGaugesFit(@ForAll @Size(max = 300) List<@IntRange(max = 1000) Integer> values,
                                @ForAll @DoubleRange(min = 0, max = 1) double share,
                                @ForAll @IntRange(min = 0, max = 250) int width, @ForAll Lang lang) {
        assertFits(List.of(Sparkline.of(values, width)), Math.max(width, 0));
        if (width > 0) {
            assertFits(Gauge.render(share, 0.9, width, lang), width);
        }
    }

    private static List<DayCount> days(List<Integer> counts) {
        List<DayCount> days = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            days.add(new DayCount(START.plusDays(i), counts.get(i)));
        }
        return days;
    }

    private static void assertFits(List<String> lines, int width) {
        for (String line : lines) {
            if (DisplayWidth.of(line) > width) {
                throw new AssertionError("wider than " + width + ": " + line);
            }
            if (line.codePoints().anyMatch(cp -> cp < 0x20 || (cp >= 0x7f && cp < 0xa0))) {
                throw new AssertionError("control character in: " + line);
            }
        }
    }
}
