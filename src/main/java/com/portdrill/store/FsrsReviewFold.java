package com.portdrill.store;

import com.portdrill.progress.Review;
import com.portdrill.session.Scheduling;
import com.portdrill.srs.CardState;
import com.portdrill.srs.Parameters;
import com.portdrill.srs.Scheduler;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Card states as FSRS-6 folds them from the journal, with the scheduler every session uses
 * ({@link Scheduling#scheduler(Parameters)}: the learner's parameters, fuzz drawn per review from a fixed seed, so
 * a replay gives the same due dates every time).
 *
 * <p>A review of a card at the very instant of its previous review is a re-grade: the learner changed the
 * rating after the answer was saved. It replaces that review rather than adding another, so it is folded from
 * the state before it. The fold remembers that state for each card's latest review while the journal is
 * replayed in order; for a re-grade whose first rating lies before a snapshot (the store never writes one in
 * between, since snapshots are written on close), the state is not known and the re-grade counts as a review.
 */
public final class FsrsReviewFold implements ReviewFold {
    private record Latest(Instant at, CardState before) {
    }

    private final Scheduler scheduler;
    private final String id;
    private final Map<String, Latest> latest = new HashMap<>();

    /** The fold with the default parameters. */
    public FsrsReviewFold() {
        this(Parameters.defaults());
    }

    public FsrsReviewFold(Parameters parameters) {
        this.scheduler = Scheduling.scheduler(parameters);
        this.id = Scheduling.foldId(parameters);
    }

    @Override
    public CardState next(CardState before, Review review) {
        CardState from = before;
        Latest previous = latest.get(review.cardId());
        if (previous != null && previous.at().equals(review.at()) && review.at().equals(before.lastReview())) {
            from = previous.before();
        } else {
            latest.put(review.cardId(), new Latest(review.at(), before));
        }
        return scheduler.next(from, review.at(), review.rating());
    }

    @Override
    public String id() {
        return id;
    }
}
