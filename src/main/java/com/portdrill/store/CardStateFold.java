package com.portdrill.store;

import com.portdrill.journal.JournalLine;
import com.portdrill.srs.CardState;

/**
 * How a card's state follows from its reviews; the scheduler supplies it. The store only caches the result,
 * so {@link #id()} must change whenever the fold would give different states for the same reviews (new
 * parameters, a fixed bug): a snapshot made by another fold is rebuilt from the journal.
 */
@FunctionalInterface
public interface CardStateFold {
    /**
     * @param before the card's state before this review: {@link CardState#newCard} at the review's time for
     *               the card's first review
     */
    CardState next(CardState before, JournalLine review);

    default String id() {
        return "default";
    }
}
