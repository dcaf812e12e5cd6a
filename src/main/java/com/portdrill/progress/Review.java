package com.portdrill.progress;

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
 */
public record Review(String cardId, Instant at, Rating rating, Outcome outcome, String answer, long durationMs,
                     StudyMode mode) {
    public Review {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(mode, "mode");
        answer = answer == null ? "" : answer;
        if (durationMs < 0) {
            throw new IllegalArgumentException("durationMs must not be negative: " + durationMs);
        }
    }
}
