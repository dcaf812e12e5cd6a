package com.portdrill.srs;

import java.time.Instant;

/**
 * A card's memory state as FSRS keeps it, field for field as ts-fsrs's {@code Card}.
 *
 * @param due            when the card is next due
 * @param stability      days until retrievability falls to 90 %
 * @param difficulty     1 (easy) to 10 (hard)
 * @param elapsedDays    calendar days since the previous review, as of the last review
 * @param scheduledDays  days from the last review to {@code due}
 * @param learningSteps  which (re)learning step the card is on
 * @param reps           how many times the card was reviewed
 * @param lapses         how many times a card in review was forgotten
 * @param state          where the card stands
 * @param lastReview     when the card was last reviewed, or null for a new card
 */
public record CardState(Instant due, double stability, double difficulty, long elapsedDays, long scheduledDays,
                        int learningSteps, int reps, int lapses, State state, Instant lastReview) {

    /** A card never reviewed, due at once. */
    public static CardState newCard(Instant now) {
        return new CardState(now, 0, 0, 0, 0, 0, 0, 0, State.NEW, null);
    }
}
