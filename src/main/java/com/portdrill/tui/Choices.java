package com.portdrill.tui;

import com.portdrill.deck.Deck;
import com.portdrill.deck.Direction;
import com.portdrill.session.AnswerMode;
import com.portdrill.session.QuizSession;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the menu's sessions use, chosen on the settings screen and kept: the deck that study and the quiz take
 * their cards from, how every session is answered, and how long the quiz lasts. The drill keeps to its deck of
 * well-known ports and review to the missed cards, whatever the deck. {@code kind}, when chosen, narrows study and
 * the quiz to one kind of question where the deck holds it.
 */
public record Choices(String deck, AnswerMode mode, int quizSeconds, Optional<Direction> kind) {
    public static final String DEFAULT_DECK = "network-plus";
    public static final int DEFAULT_QUIZ_SECONDS = QuizSession.DEFAULT_SECONDS;
    /** The quiz lengths the settings screen steps through; a length set on the command line stays as given. */
    public static final List<Integer> QUIZ_LENGTHS = List.of(30, 60, 120, 300);

    public Choices {
        Objects.requireNonNull(deck, "deck");
        Objects.requireNonNull(mode, "mode");
        if (quizSeconds < 1) {
            throw new IllegalArgumentException("a quiz lasts at least a second, not " + quizSeconds);
        }
        Objects.requireNonNull(kind, "kind");
    }

    /** Every kind of question mixed. */
    public Choices(String deck, AnswerMode mode, int quizSeconds) {
        this(deck, mode, quizSeconds, Optional.empty());
    }

    /**
     * The deck's cards of the chosen kind; the whole deck when no kind is chosen or the deck holds none of it (a
     * deck chosen after the kind, such as essentials with IP protocol numbers), so a session always has cards.
     */
    public Deck applyKind(Deck d) {
        Deck only = kind.map(d::ofKind).orElse(d);
        return only.cards().isEmpty() ? d : only;
    }

    public static Choices defaults() {
        return new Choices(DEFAULT_DECK, AnswerMode.TYPED, DEFAULT_QUIZ_SECONDS);
    }

    /** How the quiz is answered: a timed quiz is judged, so self-graded flip cards give way to typed answers. */
    public AnswerMode quizMode() {
        return mode == AnswerMode.FLIP ? AnswerMode.TYPED : mode;
    }

    Choices withDeck(String d) {
        return new Choices(d, mode, quizSeconds, kind);
    }

    Choices withMode(AnswerMode m) {
        return new Choices(deck, m, quizSeconds, kind);
    }

    Choices withQuizSeconds(int s) {
        return new Choices(deck, mode, s, kind);
    }

    Choices withKind(Optional<Direction> k) {
        return new Choices(deck, mode, quizSeconds, k);
    }
}
