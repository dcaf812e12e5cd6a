package com.portdrill.tui;

import com.portdrill.session.AnswerMode;
import com.portdrill.session.QuizSession;
import com.portdrill.session.StudyPlan;

import java.util.List;
import java.util.Objects;

/**
 * What the menu's sessions use, chosen on the settings screen and kept: the deck that study and the quiz take
 * their cards from, how every session is answered, how long the quiz lasts, the desired retention FSRS schedules
 * for, how many new cards study brings a day, and the deck the drill takes (its well-known ports unless another
 * deck is chosen). Review keeps to the missed cards, whatever the deck.
 */
public record Choices(String deck, AnswerMode mode, int quizSeconds, double retention, int newPerDay, String drillDeck) {
    public static final String DEFAULT_DECK = "network-plus";
    public static final int DEFAULT_QUIZ_SECONDS = QuizSession.DEFAULT_SECONDS;
    /** The quiz lengths the settings screen steps through; a length set on the command line stays as given. */
    public static final List<Integer> QUIZ_LENGTHS = List.of(30, 60, 120, 300);
    public static final double DEFAULT_RETENTION = 0.90;
    /** The desired retentions offered, in hundredths: 0.70 to 0.99. */
    public static final int MIN_RETENTION_PERCENT = 70;
    public static final int MAX_RETENTION_PERCENT = 99;
    /** The new cards a day the settings screen steps through. */
    public static final List<Integer> NEW_PER_DAY = List.of(0, 5, 10, 20, 30, 50);
    public static final int DEFAULT_NEW_PER_DAY = StudyPlan.DEFAULT_NEW_LIMIT;
    public static final String DEFAULT_DRILL_DECK = "well-known";

    public Choices {
        Objects.requireNonNull(deck, "deck");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(drillDeck, "drillDeck");
        if (quizSeconds < 1) {
            throw new IllegalArgumentException("a quiz lasts at least a second, not " + quizSeconds);
        }
        if (!(retention >= MIN_RETENTION_PERCENT / 100.0 - 1e-9 && retention <= MAX_RETENTION_PERCENT / 100.0 + 1e-9)) {
            throw new IllegalArgumentException("desired retention is 0.70 to 0.99, not " + retention);
        }
        if (newPerDay < 0) {
            throw new IllegalArgumentException("new cards a day are 0 or more, not " + newPerDay);
        }
    }

    /** The menu's choices with the default retention, new cards a day and drill deck. */
    public Choices(String deck, AnswerMode mode, int quizSeconds) {
        this(deck, mode, quizSeconds, DEFAULT_RETENTION);
    }

    /** The menu's choices with the default new cards a day and drill deck. */
    public Choices(String deck, AnswerMode mode, int quizSeconds, double retention) {
        this(deck, mode, quizSeconds, retention, DEFAULT_NEW_PER_DAY, DEFAULT_DRILL_DECK);
    }

    /** The menu's choices with the default retention. */
    public Choices(String deck, AnswerMode mode, int quizSeconds, int newPerDay, String drillDeck) {
        this(deck, mode, quizSeconds, DEFAULT_RETENTION, newPerDay, drillDeck);
    }

    public static Choices defaults() {
        return new Choices(DEFAULT_DECK, AnswerMode.TYPED, DEFAULT_QUIZ_SECONDS);
    }

    /** How the quiz is answered: a timed quiz is judged, so self-graded flip cards give way to typed answers. */
    public AnswerMode quizMode() {
        return mode == AnswerMode.FLIP ? AnswerMode.TYPED : mode;
    }

    Choices withDeck(String d) {
        return new Choices(d, mode, quizSeconds, retention, newPerDay, drillDeck);
    }

    Choices withMode(AnswerMode m) {
        return new Choices(deck, m, quizSeconds, retention, newPerDay, drillDeck);
    }

    Choices withQuizSeconds(int s) {
        return new Choices(deck, mode, s, retention, newPerDay, drillDeck);
    }

    Choices withNewPerDay(int n) {
        return new Choices(deck, mode, quizSeconds, retention, n, drillDeck);
    }

    Choices withDrillDeck(String d) {
        return new Choices(deck, mode, quizSeconds, retention, newPerDay, d);
    }

    /** The desired retention one hundredth up ({@code step} 1) or down (-1), wrapping round from 0.99 to 0.70. */
    Choices stepRetention(int step) {
        int span = MAX_RETENTION_PERCENT - MIN_RETENTION_PERCENT + 1;
        int percent = (int) Math.round(retention * 100);
        int next = MIN_RETENTION_PERCENT + Math.floorMod(percent - MIN_RETENTION_PERCENT + step, span);
        return new Choices(deck, mode, quizSeconds, next / 100.0, newPerDay, drillDeck);
    }
}
