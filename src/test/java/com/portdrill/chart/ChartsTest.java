package com.portdrill.chart;

import com.portdrill.i18n.Lang;
import com.portdrill.stats.DayCount;
import com.portdrill.text.DisplayWidth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChartsTest {
    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 9);

    @Test
    void heatMapShadesEachDayByQuartersOfTheHighestCountWithALegend() {
        // Two weeks from Monday 9 November through Wednesday the 18th: counts 0..8 then 0.
        List<DayCount> days = new ArrayList<>();
        int[] counts = {0, 1, 2, 3, 4, 5, 6, 7, 8, 0};
        for (int i = 0; i < counts.length; i++) {
            days.add(new DayCount(MONDAY.plusDays(i), counts[i]));
        }
        assertThat(HeatMap.render(days, 80, Lang.EN)).containsExactly(
                "   Nov",
                "Mo   ██",     // 0, then 7: the top quarter
                "Tu ░░██",
                "We ░░",       // 2 of 8 is the first quarter; the 18th is 0
                "Th ▒▒",
                "Fr ▒▒",
                "Sa ▓▓",
                "Su ▓▓",
                "░ 1-2  ▒ 3-4  ▓ 5-6  █ 7-8  blank: 0");
    }

    @Test
    void shadeLevelsAreQuartersRoundedUp() {
        assertThat(HeatMap.level(0, 8)).isZero();
        assertThat(HeatMap.level(1, 8)).isEqualTo(1);
        assertThat(HeatMap.level(2, 8)).isEqualTo(1);
        assertThat(HeatMap.level(3, 8)).isEqualTo(2);
        assertThat(HeatMap.level(8, 8)).isEqualTo(4);
        assertThat(HeatMap.level(1, 1)).isEqualTo(4);
        assertThat(HeatMap.level(1, 0)).isZero();
    }

    @Test
    void aNarrowHeatMapKeepsTheLatestWeeksInSingleColumns() {
        List<DayCount> days = weeks(12, i -> i / 7 + 1);
        List<String> lines = HeatMap.render(days, 10, Lang.EN);
        // Seven weeks fit in 10 - 3 columns: the last seven, counts 6..12, in quarters of 12: 2, 3, 3, 3, 4, 4, 4.
        assertThat(lines.get(1)).isEqualTo("Mo ▒▓▓▓███");
        assertThat(lines).allMatch(l -> DisplayWidth.of(l) <= 10);
    }

    @Test
    void aWideHeatMapUsesDoubleCellsAndEveryWeek() {
        List<String> lines = HeatMap.render(weeks(12, i -> 1), 200, Lang.EN);
        assertThat(lines.get(1)).isEqualTo("Mo " + "██".repeat(12));
        assertThat(lines).allMatch(l -> DisplayWidth.of(l) <= 200);
    }

    @Test
    void aHeatMapWithoutAnswersIsBlankAndSaysSo() {
        List<String> lines = HeatMap.render(weeks(12, i -> 0), 80, Lang.EN);
        assertThat(lines.subList(1, 8)).containsExactly("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su");
        assertThat(lines.get(8)).isEqualTo("blank: 0");
        assertThat(HeatMap.render(List.of(), 80, Lang.EN)).isEmpty();
    }

    @Test
    void chineseLabelsTakeTwoColumnsEach() {
        List<String> lines = HeatMap.render(weeks(12, i -> i % 5), 30, Lang.ZH);
        assertThat(lines.get(1)).startsWith("一 ");
        assertThat(lines.get(0)).contains("月");
        assertThat(lines).allMatch(l -> DisplayWidth.of(l) <= 30);
        // A two-column label and a space, then 12 weeks in double cells: 27 of the 30 columns.
        assertThat(lines.get(7)).startsWith("日 ");
        assertThat(DisplayWidth.of(lines.get(7))).isEqualTo(3 + 2 * 12);
        assertThat(HeatMap.render(weeks(12, i -> 1), 26, Lang.ZH).get(7)).isEqualTo("日 " + "█".repeat(12));
    }

    @Test
    void columnsRiseInEighthsUnderTheirScale() {
        List<DayCount> days = List.of(new DayCount(MONDAY, 0), new DayCount(MONDAY.plusDays(1), 4),
                new DayCount(MONDAY.plusDays(2), 8), new DayCount(MONDAY.plusDays(3), 2));
        assertThat(ColumnChart.render(days, 80, 2, Lang.EN)).containsExactly(
                "8     █",
                "    █ █ ▄",
                "  today");
    }

    @Test
    void columnsMarkWeeksAheadAndDropTheFurthestDaysWhenNarrow() {
        List<DayCount> days = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            days.add(new DayCount(MONDAY.plusDays(i), i == 29 ? 9 : 1));
        }
        List<String> wide = ColumnChart.render(days, 80, 3, Lang.ZH);
        assertThat(wide.get(3)).startsWith("  今天").contains("+7", "+14", "+21", "+28");
        assertThat(wide.get(0)).startsWith("9 ").endsWith("█");
        List<String> narrow = ColumnChart.render(days, 20, 3, Lang.EN);
        assertThat(narrow).allMatch(l -> DisplayWidth.of(l) <= 20);
        assertThat(narrow.get(2)).isEqualTo("  " + "▃".repeat(18));
    }

    @Test
    void columnsWithoutCountsAreBlank() {
        List<DayCount> none = List.of(new DayCount(MONDAY, 0), new DayCount(MONDAY.plusDays(1), 0));
        assertThat(ColumnChart.render(none, 80, 2, Lang.EN)).containsExactly("0", "", "  today");
    }

    @Test
    void barsScaleToTheLargestAndShowTheirValues() {
        List<BarChart.Bar> bars = List.of(new BarChart.Bar("a", 8), new BarChart.Bar("bbb", 4), new BarChart.Bar("c", 0),
                new BarChart.Bar("d", 1));
        assertThat(BarChart.render(bars, 14)).containsExactly("a   ████████ 8", "bbb ████ 4", "c   0", "d   █ 1");
        List<BarChart.Bar> chinese = List.of(new BarChart.Bar("新卡", 10), new BarChart.Bar("重新学习", 5));
        // The Chinese labels take eight columns and the values two: a track of 20 - 8 - 2 - 2 = 8 cells.
        assertThat(BarChart.render(chinese, 20)).containsExactly("新卡     ████████ 10", "重新学习 ████ 5");
    }

    @Test
    void aSparklineScalesFromTheLowestToTheHighestAndKeepsTheLatest() {
        assertThat(Sparkline.of(List.of(1, 2, 3, 4, 5, 6, 7, 8), 8)).isEqualTo("▁▂▃▄▅▆▇█");
        assertThat(Sparkline.of(List.of(5, 7, 7), 10)).isEqualTo("▁██");
        assertThat(Sparkline.of(List.of(3, 3), 10)).isEqualTo("▄▄");
        assertThat(Sparkline.of(List.of(0, 0), 10)).isEqualTo("▁▁");
        assertThat(Sparkline.of(List.of(1, 9, 2, 3), 2)).isEqualTo("▁█");
        assertThat(Sparkline.of(List.of(), 10)).isEmpty();
        assertThat(Sparkline.of(List.of(1, 2), 0)).isEmpty();
    }

    @Test
    void aGaugeFillsToTheShareAndPointsAtTheTarget() {
        List<String> lines = Gauge.render(0.5, 0.9, 40, Lang.EN);
        // Track of 40 - 3 - 5 = 32 cells: 16 full; the target under cell 1 + 28.
        assertThat(lines.get(0)).isEqualTo("[" + "█".repeat(16) + "░".repeat(16) + "] 50.0%");
        assertThat(lines.get(1).indexOf('^')).isEqualTo(1 + 28);
        assertThat(lines.get(1)).contains("target 90%");
        List<String> none = Gauge.render(Double.NaN, 0.9, 20, Lang.ZH);
        assertThat(none.get(0)).isEqualTo("[" + "░".repeat(16) + "] -");
        assertThat(none.get(1)).contains("目标 90%").endsWith("^");
        assertThat(none).allMatch(l -> DisplayWidth.of(l) <= 20);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 8, 20, 200})
    void aGaugeNeverOverflows(int width) {
        assertThat(Gauge.render(1, 0.9, width, Lang.ZH)).allMatch(l -> DisplayWidth.of(l) <= width);
        assertThat(Gauge.render(0.873, 0.9, width, Lang.EN)).allMatch(l -> DisplayWidth.of(l) <= width);
    }

    @Test
    void proseWrapsAtSpacesAndChineseAnywhere() {
        assertThat(Lines.wrap("Answers: 827 in all, 25 today", 20)).containsExactly("Answers: 827 in all,", "25 today");
        assertThat(Lines.wrap("复习阶段卡片的", 6)).containsExactly("复习阶", "段卡片", "的");
        assertThat(Lines.wrap("abcdefghij", 4)).containsExactly("abcd", "efgh", "ij");
        assertThat(Lines.wrap("short", 80)).containsExactly("short");
    }

    private static List<DayCount> weeks(int weeks, java.util.function.IntUnaryOperator count) {
        List<DayCount> days = new ArrayList<>();
        for (int i = 0; i < weeks * 7; i++) {
            days.add(new DayCount(MONDAY.minusWeeks(weeks - 1L).plusDays(i), count.applyAsInt(i)));
        }
        return days;
    }
}
