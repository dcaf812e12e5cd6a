package com.portdrill.stats;

import com.portdrill.deck.Direction;
import com.portdrill.journal.Corrections;
import com.portdrill.journal.JournalLine;
import com.portdrill.session.AnswerMode;
import com.portdrill.srs.State;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * Every figure the statistics screen and {@code portdrill stats} show, taken at one moment.
 *
 * @param today         the learner's calendar day at that moment
 * @param totals        answers given, and how many were right
 * @param streak        days in a row with at least one answer
 * @param reviewsPerDay answers per calendar day, oldest first, from the Monday {@link #HISTORY_WEEKS} weeks back
 *                      (this week counted) through today
 * @param retention     true retention over the last {@link #RETENTION_DAYS} days
 * @param cardsByState  the deck cards and reviewed cards by FSRS state
 * @param dueForecast   cards coming due on each of the next {@link #FORECAST_DAYS} days, today first (overdue ones
 *                      counted today)
 * @param weakest       at most {@link #WEAKEST} reviewed deck cards, least likely to be recalled now first
 * @param quizBests     one series per deck, length and answer mode that has been quizzed
 * @param perKind       answers and correct answers per kind of question answered, in the kinds' order
 */
public record Statistics(LocalDate today, Totals totals, Streak streak, List<DayCount> reviewsPerDay,
                         Retention retention, CardsByState cardsByState, List<DayCount> dueForecast,
                         List<WeakCard> weakest, List<QuizSeries> quizBests, List<KindShare> perKind) {
    public static final int HISTORY_WEEKS = 12;
    public static final int RETENTION_DAYS = 30;
    public static final int FORECAST_DAYS = 30;
    public static final int WEAKEST = 10;

    public Statistics {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(totals, "totals");
        Objects.requireNonNull(streak, "streak");
        reviewsPerDay = List.copyOf(reviewsPerDay);
        Objects.requireNonNull(retention, "retention");
        Objects.requireNonNull(cardsByState, "cardsByState");
        dueForecast = List.copyOf(dueForecast);
        weakest = List.copyOf(weakest);
        quizBests = List.copyOf(quizBests);
        perKind = List.copyOf(perKind);
    }

    /** The figures with no answer counted per kind. */
    public Statistics(LocalDate today, Totals totals, Streak streak, List<DayCount> reviewsPerDay, Retention retention,
                      CardsByState cardsByState, List<DayCount> dueForecast, List<WeakCard> weakest,
                      List<QuizSeries> quizBests) {
        this(today, totals, streak, reviewsPerDay, retention, cardsByState, dueForecast, weakest, quizBests, List.of());
    }

    /**
     * Computes every figure from the journal, the card states, the decks and the quizzes; pure. A re-grade (an
     * entry at the instant of the same card's previous one) replaces the answer it changes.
     */
    public static Statistics compute(StatisticsInput in) {
        Days days = new Days(in.zone(), in.now());
        List<JournalLine> answers = Corrections.apply(in.reviews());
        Activity activity = Activity.of(answers, days);
        return new Statistics(days.today(),
                activity.totals(),
                activity.streak(),
                activity.perDay(),
                TrueRetention.of(answers, in.scheduler(), in.targetRetention(), days),
                CardCensus.of(in.cards(), in.states()),
                DueForecast.of(in.states(), days),
                WeakestCards.of(in.cards(), in.states(), answers, days, in.scheduler(), in.now()),
                QuizBests.of(in.quizResults()),
                KindAccuracy.of(answers, in.cards()));
    }

    /**
     * @param kind    the kind of question
     * @param answers answers given to cards of that kind
     * @param correct of those, judged correct
     */
    public record KindShare(Direction kind, int answers, int correct) {
        public KindShare {
            Objects.requireNonNull(kind, "kind");
        }

        /** Correct answers as a share of the kind's answers; empty before the first. */
        public OptionalDouble correctShare() {
            return share(correct, answers);
        }
    }

    /**
     * @param reviews      every answer given, a re-grade counted with the answer it changed
     * @param correct      of those, judged correct
     * @param today        answers given today
     * @param correctToday of those, judged correct
     */
    public record Totals(int reviews, int correct, int today, int correctToday) {
        /** Correct answers as a share of all answers; empty before the first answer. */
        public OptionalDouble correctShare() {
            return share(correct, reviews);
        }

        public OptionalDouble correctShareToday() {
            return share(correctToday, today);
        }
    }

    /**
     * @param current days in a row with an answer, ending today, or yesterday while today has none yet
     * @param longest the longest such run ever
     */
    public record Streak(int current, int longest) {
    }

    /**
     * True retention as Anki and FSRS measure it: of the answers to cards that were in the Review state before
     * the answer, the share rated Hard, Good or Easy (not Again). Learning and relearning steps do not count.
     *
     * @param reviews answers to cards in the Review state within the window
     * @param passed  of those, not rated Again
     * @param target  the retention FSRS schedules for
     * @param days    the window: the last this many calendar days, today included
     */
    public record Retention(int reviews, int passed, double target, int days) {
        /** Empty while no card in review was answered within the window. */
        public OptionalDouble trueRetention() {
            return share(passed, reviews);
        }
    }

    /**
     * @param fresh      deck cards never answered (FSRS's New; "new" is a Java keyword)
     * @param learning   cards on their first learning steps
     * @param review     cards scheduled in days
     * @param relearning cards forgotten in review, back on the relearning steps
     */
    public record CardsByState(int fresh, int learning, int review, int relearning) {
        public int of(State state) {
            switch (state) {
                case NEW:
                    return fresh;
                case LEARNING:
                    return learning;
                case REVIEW:
                    return review;
                default:
                    return relearning;
            }
        }

        public int total() {
            return fresh + learning + review + relearning;
        }
    }

    /**
     * A reviewed card that is slipping.
     *
     * @param cardId         the card's stable id
     * @param ports          the ports it is about
     * @param service        the service as the documents name it, or null for {@code [NULL]}
     * @param direction      what the card shows and asks: a port has a card each way
     * @param answer         its answer as shown to the learner
     * @param retrievability the probability of recalling it now, 0 to 1
     * @param lapses         how often it was forgotten after reaching review
     * @param state          where it stands in FSRS
     */
    public record WeakCard(String cardId, List<Integer> ports, String service, Direction direction, String answer,
                           double retrievability, int lapses, State state, int missesToday) {
        /** A card not missed today. */
        public WeakCard(String cardId, List<Integer> ports, String service, Direction direction, String answer,
                        double retrievability, int lapses, State state) {
            this(cardId, ports, service, direction, answer, retrievability, lapses, state, 0);
        }

        public WeakCard {
            Objects.requireNonNull(cardId, "cardId");
            ports = List.copyOf(ports);
            Objects.requireNonNull(direction, "direction");
            Objects.requireNonNull(answer, "answer");
            Objects.requireNonNull(state, "state");
        }
    }

    /**
     * Every quiz of one deck, length and answer mode, in the order taken.
     *
     * @param points one per quiz, oldest first
     */
    public record QuizSeries(String deck, int seconds, AnswerMode mode, List<QuizPoint> points) {
        public QuizSeries {
            Objects.requireNonNull(deck, "deck");
            Objects.requireNonNull(mode, "mode");
            points = List.copyOf(points);
            if (points.isEmpty()) {
                throw new IllegalArgumentException("a quiz series has at least one quiz");
            }
        }

        /** The personal best: the highest score of the series. */
        public int best() {
            return points.get(points.size() - 1).best();
        }
    }

    /**
     * @param finishedAt when the quiz ended
     * @param score      its score
     * @param best       the best score up to and including this quiz
     */
    public record QuizPoint(Instant finishedAt, int score, int best) {
        public QuizPoint {
            Objects.requireNonNull(finishedAt, "finishedAt");
        }
    }

    private static OptionalDouble share(int part, int whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
    }
}
