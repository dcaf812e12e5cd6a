package com.portdrill.journal;

import com.portdrill.deck.Outcome;
import com.portdrill.srs.Rating;

import java.time.Instant;
import java.util.Objects;

/**
 * One answer a user gave: the unit of truth that the journal stores and every card state is folded from.
 *
 * @param cardId     the stable id of the card answered
 * @param at         when the answer was judged
 * @param rating     the FSRS rating the answer was given (after any change by the user)
 * @param outcome    how the answer was judged
 * @param answer     the text the user typed or chose, as given
 * @param durationMs how long the user took to answer
 * @param mode       the study mode the answer was given in
 * @param kind       an answer, or a correction of the card's answer given at {@code at} (see {@link Kind})
 */
public record JournalLine(String cardId, Instant at, Rating rating, Outcome outcome, String answer, long durationMs,
                     StudyMode mode, Kind kind) {

    /**
     * What a journal line is. A correction names the answer it corrects by its card and time ({@code at} is the
     * time of that answer, not of the correction) and carries the answer as it now counts; {@link Corrections}
     * folds it in place of that answer.
     */
    public enum Kind {
        /** An answer the learner gave. */
        ANSWER,
        /** The learner changed the rating after the answer was saved. */
        REGRADE,
        /** "I was right": the learner overruled the judge, so the answer counts as correct. */
        OVERRULE,
        /** The learner took an overruling back: the answer counts as it was judged. */
        UNDO;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** An answer (not a correction). */
    public JournalLine(String cardId, Instant at, Rating rating, Outcome outcome, String answer, long durationMs,
                       StudyMode mode) {
        this(cardId, at, rating, outcome, answer, durationMs, mode, Kind.ANSWER);
    }

    public JournalLine {
        Objects.requireNonNull(kind, "kind");
        if (Objects.requireNonNull(cardId, "cardId").isEmpty()) {
            // the journal reads a line without a card as damaged: never write one
            throw new IllegalArgumentException("cardId must not be empty");
        }
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(mode, "mode");
        answer = answer == null ? "" : answer;
        if (durationMs < 0) {
            throw new IllegalArgumentException("durationMs must not be negative: " + durationMs);
        }
    }

    /** Whether this line corrects an earlier answer rather than being one. */
    public boolean isCorrection() {
        return kind != Kind.ANSWER;
    }
}
