package com.portdrill.chart;

import com.portdrill.deck.Direction;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Message;
import com.portdrill.session.AnswerMode;
import com.portdrill.stats.DayCount;
import com.portdrill.stats.Statistics;
import com.portdrill.text.DisplayWidth;
import com.portdrill.text.Sanitize;

import java.util.ArrayList;
import java.util.List;

/**
 * The statistics as plain lines, section by section, each line at most the width given. The lines carry no
 * colour or escape sequence: the terminal UI colours them, {@code portdrill stats} prints them as they are.
 * Deck and quiz text comes from files and is sanitised here.
 */
public final class StatisticsView {
    /** Rows the due forecast's bars rise. */
    public static final int FORECAST_HEIGHT = 6;

    private StatisticsView() {
    }

    /** Every section under a title, separated by blank lines. */
    public static List<String> render(Statistics s, int width, Lang lang) {
        List<String> lines = new ArrayList<>();
        lines.addAll(Lines.wrap(Message.MENU_STATS.in(lang), width));
        lines.addAll(summary(s, width, lang));
        List<List<String>> sections = s.totals().reviews() == 0
                ? List.of(Lines.wrap(Message.STATS_NO_ANSWERS.in(lang), width), cards(s, width, lang), quizzes(s, width, lang))
                : List.of(activity(s, width, lang), retention(s, width, lang), cards(s, width, lang),
                forecast(s, width, lang), weakest(s, width, lang), perKind(s, width, lang), quizzes(s, width, lang));
        for (List<String> section : sections) {
            lines.add("");
            lines.addAll(section);
        }
        return Lines.fitted(lines, width);
    }

    /** Answers in all and today, the share correct, the streak. */
    public static List<String> summary(Statistics s, int width, Lang lang) {
        Statistics.Totals t = s.totals();
        List<String> lines = new ArrayList<>();
        lines.addAll(Lines.wrap(Message.STATS_TOTALS.in(lang, t.reviews(), t.today()), width));
        lines.addAll(Lines.wrap(Message.STATS_CORRECT.in(lang, Percent.of(t.correctShare()),
                Percent.of(t.correctShareToday())), width));
        lines.addAll(Lines.wrap(Message.STATS_STREAK.in(lang, s.streak().current(), s.streak().longest()), width));
        return List.copyOf(lines);
    }

    public static List<String> activity(Statistics s, int width, Lang lang) {
        return section(Message.STATS_ACTIVITY.in(lang, Statistics.HISTORY_WEEKS), HeatMap.render(s.reviewsPerDay(), width, lang), width);
    }

    public static List<String> retention(Statistics s, int width, Lang lang) {
        Statistics.Retention r = s.retention();
        List<String> body = new ArrayList<>(Gauge.render(r.trueRetention().orElse(Double.NaN), r.target(), width, lang));
        body.addAll(Lines.wrap(r.reviews() == 0 ? Message.STATS_RETENTION_NONE.in(lang)
                : Message.STATS_RETENTION_LINE.in(lang, Percent.of(r.trueRetention()), r.reviews(), Percent.whole(r.target())),
                width));
        return section(Message.STATS_RETENTION.in(lang, r.days()), body, width);
    }

    public static List<String> cards(Statistics s, int width, Lang lang) {
        Statistics.CardsByState c = s.cardsByState();
        List<BarChart.Bar> bars = List.of(new BarChart.Bar(Message.STATS_STATE_NEW.in(lang), c.fresh()),
                new BarChart.Bar(Message.STATS_STATE_LEARNING.in(lang), c.learning()),
                new BarChart.Bar(Message.STATS_STATE_REVIEW.in(lang), c.review()),
                new BarChart.Bar(Message.STATS_STATE_RELEARNING.in(lang), c.relearning()));
        return section(Message.STATS_CARDS.in(lang), BarChart.render(bars, width), width);
    }

    public static List<String> forecast(Statistics s, int width, Lang lang) {
        List<DayCount> due = s.dueForecast();
        List<String> body = new ArrayList<>(ColumnChart.render(due, width, FORECAST_HEIGHT, lang));
        body.addAll(Lines.wrap(Message.STATS_FORECAST_LINE.in(lang, countOf(due, 0, 1), countOf(due, 1, 2),
                countOf(due, 0, 7)), width));
        return section(Message.STATS_FORECAST.in(lang, due.size()), body, width);
    }

    /** One card a line under column heads: its recall now, its lapses, and what it asks and answers. */
    public static List<String> weakest(Statistics s, int width, Lang lang) {
        if (s.weakest().isEmpty()) {
            return section(Message.STATS_WEAKEST.in(lang), Lines.wrap(Message.STATS_WEAKEST_NONE.in(lang), width), width);
        }
        String recallHead = Message.STATS_RECALL.in(lang);
        String lapsesHead = Message.STATS_LAPSES.in(lang);
        int recall = Math.max(DisplayWidth.of(recallHead), "100.0%".length());
        for (Statistics.WeakCard w : s.weakest()) {
            recall = Math.max(recall, DisplayWidth.of(recallOf(w, lang)));
        }
        int lapses = DisplayWidth.of(lapsesHead);
        for (Statistics.WeakCard w : s.weakest()) {
            lapses = Math.max(lapses, String.valueOf(w.lapses()).length());
        }
        List<String> body = new ArrayList<>();
        body.add(Lines.padLeft(recallHead, recall) + "  " + Lines.padLeft(lapsesHead, lapses) + "  "
                + Message.STATS_CARD.in(lang));
        for (Statistics.WeakCard w : s.weakest()) {
            body.add(Lines.padLeft(recallOf(w, lang), recall) + "  "
                    + Lines.padLeft(String.valueOf(w.lapses()), lapses) + "  " + name(w, lang));
        }
        return section(Message.STATS_WEAKEST.in(lang), body, width);
    }

    /** One kind a line, in the kinds' order: its share correct and how many answers it rests on. */
    public static List<String> perKind(Statistics s, int width, Lang lang) {
        List<String> body = new ArrayList<>();
        for (Statistics.KindShare k : s.perKind()) {
            body.addAll(Lines.wrap(Message.STATS_KIND_LINE.in(lang, Message.kind(k.kind().code()).in(lang), Percent.of(k.correctShare()),
                    k.answers()), width));
        }
        return section(Message.STATS_PER_KIND.in(lang), body, width);
    }

    /** One series a line: deck, length, mode and best, then the best as it grew. */
    public static List<String> quizzes(Statistics s, int width, Lang lang) {
        List<String> body = new ArrayList<>();
        for (Statistics.QuizSeries q : s.quizBests()) {
            String head = Message.STATS_QUIZ_SERIES.in(lang, Sanitize.forTerminal(q.deck()), q.seconds(), mode(q.mode(), lang),
                    q.best()) + "  ";
            List<Integer> bests = new ArrayList<>();
            q.points().forEach(p -> bests.add(p.best()));
            body.add(head + Sparkline.of(bests, width - DisplayWidth.of(head)));
        }
        if (body.isEmpty()) {
            body.addAll(Lines.wrap(Message.STATS_QUIZ_NONE.in(lang), width));
        }
        return section(Message.STATS_QUIZ.in(lang), body, width);
    }

    private static List<String> section(String title, List<String> body, int width) {
        List<String> lines = new ArrayList<>(Lines.wrap(title, width));
        lines.addAll(body);
        return Lines.fitted(lines, width);
    }

    /** A card missed today says how often, not its chance of recall, which is high right after any answer. */
    private static String recallOf(Statistics.WeakCard w, Lang lang) {
        return w.missesToday() > 0 ? Message.STATS_MISSED_TODAY.in(lang, w.missesToday()) : Percent.of(w.retrievability());
    }

    /** The card as a question and the answer it teaches (not the documents' name, which can be wrong). */
    private static String name(Statistics.WeakCard w, Lang lang) {
        if (!w.direction().recall()) {
            // An exam-style card asks something other than the pair: its kind, what it is about, and its answer.
            String about = w.service() == null || w.service().isBlank() ? "" : Sanitize.forTerminal(w.service()) + " → ";
            return Message.kind(w.direction().code()).in(lang) + " · " + about + Sanitize.forTerminal(w.answer());
        }
        StringBuilder ports = new StringBuilder();
        for (int p : w.ports()) {
            ports.append(ports.length() > 0 ? ", " : "").append(p);
        }
        String service = Sanitize.forTerminal(w.service() == null ? "[NULL]" : w.service());
        return w.direction() == Direction.PORT_TO_SERVICE ? ports + " → " + Sanitize.forTerminal(w.answer())
                : service + " → " + ports;
    }

    private static String mode(AnswerMode mode, Lang lang) {
        switch (mode) {
            case TYPED:
                return Message.STATS_MODE_TYPED.in(lang);
            case CHOICE:
                return Message.STATS_MODE_CHOICE.in(lang);
            default:
                return Message.STATS_MODE_FLIP.in(lang);
        }
    }

    private static int countOf(List<DayCount> days, int from, int to) {
        int sum = 0;
        for (int i = from; i < Math.min(to, days.size()); i++) {
            sum += days.get(i).count();
        }
        return sum;
    }
}
