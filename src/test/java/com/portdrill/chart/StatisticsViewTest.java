package com.portdrill.chart;

import com.portdrill.deck.Direction;
import com.portdrill.i18n.Lang;
import com.portdrill.session.AnswerMode;
import com.portdrill.srs.State;
import com.portdrill.stats.DayCount;
import com.portdrill.stats.Statistics;
import com.portdrill.text.DisplayWidth;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StatisticsViewTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final int[] WIDTHS = {1, 5, 20, 33, 40, 61, 80, 120, 200};

    @Test
    void everyLineFitsItsWidthAndCarriesNoControlCharacter() {
        for (Statistics s : List.of(empty(), filled())) {
            for (Lang lang : Lang.values()) {
                for (int width : WIDTHS) {
                    List<String> lines = StatisticsView.render(s, width, lang);
                    assertThat(lines).as(lang + " at " + width).isNotEmpty()
                            .allSatisfy(l -> assertThat(DisplayWidth.of(l)).as(l).isLessThanOrEqualTo(width))
                            .allSatisfy(l -> assertThat(l.codePoints().noneMatch(StatisticsViewTest::isControl)).as(l).isTrue());
                }
            }
        }
    }

    @Test
    void everySectionShowsInEnglish() {
        String text = String.join("\n", StatisticsView.render(filled(), 80, Lang.EN));
        assertThat(text).contains("Statistics", "Answers: 42 in all, 5 today", "Correct: 71.4% in all, 60.0% today",
                "Days in a row: 3 (longest 9)", "Answers per day, last 12 weeks", "True retention, last 30 days",
                "75.0% remembered (answers to cards in review: 8); target 90%", "Cards by state",
                "Due in the next 30 days", "Today 4, tomorrow 2, next 7 days 8", "Weakest cards",
                "  5.0%          3  HTTP → 80", " 12.5%          0  22 → SSH", "well-known, 60 s, typed: best 9  ▁▅█");
        assertThat(text).doesNotContain("\u001b");
    }

    @Test
    void everySectionShowsInChinese() {
        List<String> lines = StatisticsView.render(filled(), 80, Lang.ZH);
        String text = String.join("\n", lines);
        assertThat(text).contains("统计", "回答：共 42 次，今天 5 次", "连续学习：3 天（最长 9 天）", "每日回答（近 12 周）",
                "真实保留率（近 30 天）", "目标 90%", "卡片状态", "新卡", "重新学习", "今天 4，明天 2，7 天内 8",
                "最薄弱的卡片", "well-known，60 秒，输入：最佳 9");
        assertThat(lines).anyMatch(l -> l.startsWith("一 "));
    }

    @Test
    void withoutAnswersItSaysHowToStartAndStillCountsTheDeck() {
        List<String> lines = StatisticsView.render(empty(), 80, Lang.EN);
        assertThat(lines).contains("No answers yet: study a deck and your progress shows here.", "No timed quiz yet.");
        assertThat(String.join("\n", lines)).contains("New        ").contains("Correct: - in all, - today");
        assertThat(StatisticsView.weakest(empty(), 80, Lang.EN)).containsExactly("Weakest cards (missed today, then lowest recall now)",
                "None yet: answer a few cards first.");
        assertThat(StatisticsView.retention(empty(), 80, Lang.EN))
                .contains("No answers to cards in review in this time yet.");
    }

    @Test
    void textFromDecksAndQuizFilesIsSanitised() {
        Statistics s = withWeak(new Statistics.WeakCard("p2s:1", List.of(1), "evil\u001b[31m", Direction.PORT_TO_SERVICE,
                "evil\u001b[31m", 0.5, 0, State.REVIEW), "deck\u0007");
        String text = String.join("\n", StatisticsView.render(s, 80, Lang.EN));
        assertThat(text).doesNotContain("\u001b", "\u0007").contains("1 → evil␛[31m", "deck␇");
    }

    @Test
    void aServiceTheDocumentsLeaveEmptyShowsAsNull() {
        Statistics s = withWeak(new Statistics.WeakCard("s2p:9", List.of(9, 10), null, Direction.SERVICE_TO_PORT,
                "9, 10", 0.5, 0, State.REVIEW), "all");
        assertThat(StatisticsView.weakest(s, 80, Lang.EN)).anyMatch(l -> l.endsWith("[NULL] → 9, 10"));
    }

    private static boolean isControl(int cp) {
        return cp < 0x20 || (cp >= 0x7f && cp < 0xa0);
    }

    private static Statistics empty() {
        return new Statistics(TODAY, new Statistics.Totals(0, 0, 0, 0), new Statistics.Streak(0, 0), calendar(i -> 0),
                new Statistics.Retention(0, 0, 0.9, 30), new Statistics.CardsByState(190, 0, 0, 0), forecast(i -> 0),
                List.of(), List.of());
    }

    private static Statistics filled() {
        List<Statistics.WeakCard> weak = List.of(
                new Statistics.WeakCard("s2p:80", List.of(80), "HTTP", Direction.SERVICE_TO_PORT, "80", 0.05, 3, State.RELEARNING),
                new Statistics.WeakCard("p2s:22", List.of(22), "SSH", Direction.PORT_TO_SERVICE, "SSH", 0.125, 0, State.REVIEW),
                new Statistics.WeakCard("d2p:3389", List.of(3389), "Microsoft Remote Desktop Protocol (远程桌面)",
                        Direction.DESCRIPTION_TO_PORT, "3389", 0.5, 12, State.REVIEW));
        Statistics.QuizSeries quiz = new Statistics.QuizSeries("well-known", 60, AnswerMode.TYPED, List.of(
                new Statistics.QuizPoint(Instant.parse("2026-11-01T10:00:00Z"), 5, 5),
                new Statistics.QuizPoint(Instant.parse("2026-11-02T10:00:00Z"), 7, 7),
                new Statistics.QuizPoint(Instant.parse("2026-11-03T10:00:00Z"), 9, 9)));
        return new Statistics(TODAY, new Statistics.Totals(42, 30, 5, 3), new Statistics.Streak(3, 9),
                calendar(i -> (i * 7) % 11), new Statistics.Retention(8, 6, 0.9, 30),
                new Statistics.CardsByState(150, 3, 30, 2), forecast(i -> i == 0 ? 4 : i < 3 ? 2 - i + 1 : i % 4 == 0 ? 1 : 0),
                weak, List.of(quiz));
    }

    private static Statistics withWeak(Statistics.WeakCard weak, String deck) {
        Statistics f = filled();
        Statistics.QuizSeries quiz = new Statistics.QuizSeries(deck, 60, AnswerMode.CHOICE,
                List.of(new Statistics.QuizPoint(Instant.parse("2026-11-01T10:00:00Z"), 5, 5)));
        return new Statistics(f.today(), f.totals(), f.streak(), f.reviewsPerDay(), f.retention(), f.cardsByState(),
                f.dueForecast(), List.of(weak), List.of(quiz));
    }

    private static List<DayCount> calendar(java.util.function.IntUnaryOperator count) {
        List<DayCount> days = new ArrayList<>();
        LocalDate first = LocalDate.of(2026, 9, 7);
        for (LocalDate d = first; !d.isAfter(TODAY); d = d.plusDays(1)) {
            days.add(new DayCount(d, count.applyAsInt(days.size())));
        }
        return days;
    }

    private static List<DayCount> forecast(java.util.function.IntUnaryOperator count) {
        List<DayCount> days = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            days.add(new DayCount(TODAY.plusDays(i), count.applyAsInt(i)));
        }
        return days;
    }
}
