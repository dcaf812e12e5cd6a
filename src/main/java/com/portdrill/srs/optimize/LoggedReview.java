package com.portdrill.srs.optimize;

import com.portdrill.srs.Rating;

import java.util.Objects;

/**
 * One review as a review log holds it: the revlog CSV's row, or an answer from the journal.
 *
 * @param cardId the card reviewed
 * @param timeMs when, in epoch milliseconds; days are counted in UTC
 * @param rating the grade given
 * @param state  the card's state before the review as the revlog CSV numbers it (0 new, 1 learning, 2 review,
 *               3 relearning), or {@link #UNKNOWN_STATE} when the log does not say (the journal)
 */
public record LoggedReview(String cardId, long timeMs, Rating rating, int state) {
    public static final int UNKNOWN_STATE = -1;

    public LoggedReview {
        Objects.requireNonNull(cardId, "cardId");
        Objects.requireNonNull(rating, "rating");
        if (state < UNKNOWN_STATE || state > 3) {
            throw new IllegalArgumentException("a review state is 0 to 3, not " + state);
        }
    }

    /** Whether the card was new or in its first learning steps: where a learning history (re)starts. */
    boolean learning() {
        return state == 0 || state == 1;
    }
}
