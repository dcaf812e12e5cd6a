package com.portdrill.tui;

import com.portdrill.session.AnswerMode;
import com.portdrill.session.QuizSession;

import java.util.List;
import java.util.Objects;

/**
 * What the menu's sessions use, chosen on the settings screen and kept: the deck that study and the quiz take
 * their cards from, how every session is answered, how long the quiz lasts, and the desired retention FSRS
 * schedules for. The drill keeps to its deck of well-known ports and review to the missed cards, whatever the deck.
 */
public record Choices(String deck, AnswerMode mode, int quizSeconds, double retention) {
    public static final String DEFAULT_DECK = "network-plus";
    public static final int DEFAULT_QUIZ_SECONDS = QuizSession.DEFAULT_SECONDS;
    /** The quiz lengths the settings screen steps through; a length set on the command line stays as given. */
    public static final List<Integer> QUIZ_LENGTHS = List.of(30, 60, 120, 300);
    public static final double DEFAULT_RETENTION = 0.90;
    /** The desired retentions offered, in hundredths: 0.70 to 0.99. */
    public static final int MIN_RETENTION_PERCENT = 70;
    public static final int MAX_RETENTION_PERCENT = 99;

    public Choices {
        Objects.requireNonNull(deck, "deck");
        Objects.requireNonNull(mode, "mode");
        if (quizSeconds < 1) {
            throw new IllegalArgumentException("a quiz lasts at least a second, not " + quizSeconds);
        }
        if (!(retention >= MIN_RETENTION_PERCENT / 100.0 - 1e-9 && retention <= MAX_RETENTION_PERCENT / 100.0 + 1e-9)) {
            throw new IllegalArgumentException("desired retention is 0.70 to 0.99, not " + retention);
        }
    }

    public static Choices defaults() {
        return new Choices(DEFAULT_DECK, AnswerMode.TYPED, DEFAULT_QUIZ_SECONDS, DEFAULT_RETENTION);
    }

    /** How the quiz is answered: a timed quiz is judged, so self-graded flip cards give way to typed answers. */
    public AnswerMode quizMode() {
        return mode == AnswerMode.FLIP ? AnswerMode.TYPED : mode;
    }

    Choices withDeck(String d) {
        return new Choices(d, mode, quizSeconds, retention);
    }

    Choices withMode(AnswerMode m) {
        return new Choices(deck, m, quizSeconds, retention);
    }

    Choices withQuizSeconds(int s) {
        return new Choices(deck, mode, s, retention);
    }

    /** The desired retention one hundredth up ({@code step} 1) or down (-1), wrapping round from 0.99 to 0.70. */
    Choices stepRetention(int step) {
        int span = MAX_RETENTION_PERCENT - MIN_RETENTION_PERCENT + 1;
        int percent = (int) Math.round(retention * 100);
        int next = MIN_RETENTION_PERCENT + Math.floorMod(percent - MIN_RETENTION_PERCENT + step, span);
        return new Choices(deck, mode, quizSeconds, next / 100.0);
    }
}
