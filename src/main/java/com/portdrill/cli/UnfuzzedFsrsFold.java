package com.portdrill.cli;

import com.portdrill.progress.Review;
import com.portdrill.srs.CardState;
import com.portdrill.srs.Scheduler;
import com.portdrill.store.ReviewFold;

import java.time.Instant;

/**
 * Card states for the statistics until the study modes' own FSRS fold is merged: FSRS-6 without fuzz, so due
 * dates may differ from the study modes' by the fuzz (a few days at most) while states, lapses and memory agree.
 */
final class UnfuzzedFsrsFold implements ReviewFold {
    private final Scheduler scheduler;

    UnfuzzedFsrsFold(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public CardState next(CardState before, Review review) {
        Instant last = before.lastReview();
        // A clock set back between two answers: count the later answer as given with the earlier one.
        Instant at = last != null && review.at().isBefore(last) ? last : review.at();
        return scheduler.next(before, at, review.rating());
    }

    @Override
    public String id() {
        return "stats-fsrs6-unfuzzed";
    }
}
