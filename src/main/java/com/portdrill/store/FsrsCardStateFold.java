package com.portdrill.store;

import com.portdrill.journal.Corrections;
import com.portdrill.journal.JournalLine;
import com.portdrill.session.Scheduling;
import com.portdrill.srs.CardState;
import com.portdrill.srs.Parameters;
import com.portdrill.srs.Scheduler;

import java.util.HashMap;
import java.util.Map;

/**
 * Card states as FSRS-6 folds them from the journal, with the scheduler every session uses
 * ({@link Scheduling#scheduler(Parameters)}: the learner's parameters, fuzz drawn per review from a fixed seed, so
 * a replay gives the same due dates every time).
 *
 * <p>A correction ({@link Corrections}: a re-grade, "I was right", or its undoing) replaces the answer it names
 * rather than adding a review, so it is folded from the state before that answer. The fold remembers that state
 * for each card's latest answer while the journal is replayed in order. A correction that names no answer it
 * knows counts for nothing, as does one whose answer lies before a snapshot (the store never writes one in between,
 * since snapshots are written on close).
 */
public final class FsrsCardStateFold implements CardStateFold {
    /** A card's latest answer, and its state before that answer. */
    private record Latest(JournalLine answer, CardState before) {
    }

    private final Scheduler scheduler;
    private final String id;
    private final Map<String, Latest> latest = new HashMap<>();

    /** The fold with the default parameters. */
    public FsrsCardStateFold() {
        this(Parameters.defaults());
    }

    public FsrsCardStateFold(Parameters parameters) {
        this.scheduler = Scheduling.scheduler(parameters);
        this.id = Scheduling.foldId(parameters);
    }

    @Override
    public CardState next(CardState before, JournalLine review) {
        CardState from = before;
        Latest previous = latest.get(review.cardId());
        if (previous != null && Corrections.corrects(previous.answer(), review) && review.at().equals(before.lastReview())) {
            from = previous.before();
        } else if (review.isCorrection()) {
            return before;
        } else {
            latest.put(review.cardId(), new Latest(review, before));
        }
        return scheduler.next(from, review.at(), review.rating());
    }

    @Override
    public String id() {
        return id;
    }
}
