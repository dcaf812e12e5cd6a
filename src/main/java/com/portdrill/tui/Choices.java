package com.portdrill.tui;

import com.portdrill.deck.Deck;
import com.portdrill.deck.Direction;
import com.portdrill.session.AnswerMode;
import com.portdrill.session.QuizSession;
import com.portdrill.session.StudyPlan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the menu's sessions use, chosen on the settings screen and kept: the deck that study and the quiz take
 * their cards from, how every session is answered, how long the quiz lasts, the kind of question study and the
 * quiz narrow to ({@code kind}, where the deck holds it), the desired retention FSRS schedules for, how many new
 * cards study brings a day, and the deck the drill takes (its well-known ports unless another deck is chosen).
 * Review keeps to the missed cards, whatever the deck.
 */
public record Choices(String deck, AnswerMode mode, int quizSeconds, Optional<Direction> kind, double retention,
                      int newPerDay, String drillDeck) {
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
        Objects.requireNonNull(kind, "kind");
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

    /** Every kind of question mixed, with the default retention, new cards a day and drill deck. */
    public Choices(String deck, AnswerMode mode, int quizSeconds) {
        this(deck, mode, quizSeconds, Optional.empty());
    }

    /** The chosen kind of question, with the default retention, new cards a day and drill deck. */
    public Choices(String deck, AnswerMode mode, int quizSeconds, Optional<Direction> kind) {
        this(deck, mode, quizSeconds, kind, DEFAULT_RETENTION, DEFAULT_NEW_PER_DAY, DEFAULT_DRILL_DECK);
    }

    /** Every kind of question mixed, with the default new cards a day and drill deck. */
    public Choices(String deck, AnswerMode mode, int quizSeconds, double retention) {
        this(deck, mode, quizSeconds, Optional.empty(), retention, DEFAULT_NEW_PER_DAY, DEFAULT_DRILL_DECK);
    }

    /** Every kind of question mixed, with the default retention. */
    public Choices(String deck, AnswerMode mode, int quizSeconds, int newPerDay, String drillDeck) {
        this(deck, mode, quizSeconds, Optional.empty(), DEFAULT_RETENTION, newPerDay, drillDeck);
    }

    public static Choices defaults() {
        return new Choices(DEFAULT_DECK, AnswerMode.TYPED, DEFAULT_QUIZ_SECONDS);
    }

    /**
     * The deck's cards of the chosen kind; the whole deck when no kind is chosen or the deck holds none of it (a
     * deck chosen after the kind, such as essentials with IP protocol numbers), so a session always has cards.
     */
    public Deck applyKind(Deck d) {
        Deck only = kind.map(d::ofKind).orElse(d);
        return only.cards().isEmpty() ? d : only;
    }

    /** How the quiz is answered: a timed quiz is judged, so self-graded flip cards give way to typed answers. */
    public AnswerMode quizMode() {
        return mode == AnswerMode.FLIP ? AnswerMode.TYPED : mode;
    }

    Choices withDeck(String d) {
        return new Choices(d, mode, quizSeconds, kind, retention, newPerDay, drillDeck);
    }

    Choices withMode(AnswerMode m) {
        return new Choices(deck, m, quizSeconds, kind, retention, newPerDay, drillDeck);
    }

    Choices withQuizSeconds(int s) {
        return new Choices(deck, mode, s, kind, retention, newPerDay, drillDeck);
    }

    Choices withKind(Optional<Direction> k) {
        return new Choices(deck, mode, quizSeconds, k, retention, newPerDay, drillDeck);
    }

    Choices withNewPerDay(int n) {
        return new Choices(deck, mode, quizSeconds, kind, retention, n, drillDeck);
    }

    Choices withDrillDeck(String d) {
        return new Choices(deck, mode, quizSeconds, kind, retention, newPerDay, d);
    }

    /** The desired retention one hundredth up ({@code step} 1) or down (-1), wrapping round from 0.99 to 0.70. */
    Choices stepRetention(int step) {
        int span = MAX_RETENTION_PERCENT - MIN_RETENTION_PERCENT + 1;
        int percent = (int) Math.round(retention * 100);
        int next = MIN_RETENTION_PERCENT + Math.floorMod(percent - MIN_RETENTION_PERCENT + step, span);
        return new Choices(deck, mode, quizSeconds, kind, next / 100.0, newPerDay, drillDeck);
    }
}
