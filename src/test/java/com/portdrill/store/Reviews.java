package com.portdrill.store;

import com.portdrill.deck.Outcome;
import com.portdrill.journal.JournalLine;
import com.portdrill.journal.StudyMode;
import com.portdrill.srs.CardState;
import com.portdrill.srs.Rating;
import com.portdrill.srs.State;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Fixed reviews, clock and fold for the store's tests. */
final class Reviews {
    static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T17:00:00Z"), ZoneOffset.UTC);

    /** Counts reviews and lapses per card: enough to tell whether a snapshot and a replay agree. */
    static final CardStateFold COUNTING = (before, r) -> new CardState(r.at().plusSeconds(600),
            before.stability() + r.rating().value(), 5, 0, 0, 0, before.reps() + 1,
            before.lapses() + (r.rating() == Rating.AGAIN ? 1 : 0), State.LEARNING, r.at());

    private Reviews() {
    }

    static JournalLine review(int n) {
        return new JournalLine("card-" + (n % 7), T0.plusSeconds(60L * n), Rating.ofValue(1 + n % 4),
                n % 3 == 0 ? Outcome.WRONG : Outcome.CORRECT, "answer " + n, 1000 + n, StudyMode.STUDY);
    }
}
