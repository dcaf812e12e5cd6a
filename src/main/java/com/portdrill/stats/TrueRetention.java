package com.portdrill.stats;

import com.portdrill.journal.JournalLine;
import com.portdrill.srs.CardState;
import com.portdrill.srs.Rating;
import com.portdrill.srs.Scheduler;
import com.portdrill.srs.State;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The share of answers to cards in review that were not forgotten. Whether a card was in review before an
 * answer depends on its whole history, so the cards answered within the window are replayed from their first
 * answer. The state a card is in does not depend on fuzz, only its due dates do, so any scheduler with the same
 * parameters gives the same figure.
 */
final class TrueRetention {
    private TrueRetention() {
    }

    static Statistics.Retention of(List<JournalLine> reviews, Scheduler scheduler, double target, Days days) {
        Instant from = days.startOf(days.today().minusDays(Statistics.RETENTION_DAYS - 1L));
        Instant to = days.now();
        Set<String> inWindow = new HashSet<>();
        for (JournalLine r : reviews) {
            if (within(r.at(), from, to)) {
                inWindow.add(r.cardId());
            }
        }
        Map<String, CardState> states = new HashMap<>();
        int counted = 0;
        int passed = 0;
        for (JournalLine r : reviews) {
            if (!inWindow.contains(r.cardId())) {
                continue;
            }
            CardState before = states.get(r.cardId());
            if (before != null && before.state() == State.REVIEW && within(r.at(), from, to)) {
                counted++;
                passed += r.rating() == Rating.AGAIN ? 0 : 1;
            }
            states.put(r.cardId(), next(scheduler, before, r));
        }
        return new Statistics.Retention(counted, passed, target, Statistics.RETENTION_DAYS);
    }

    /** A clock set back between two answers must not stop the figures: the later answer counts as simultaneous. */
    private static CardState next(Scheduler scheduler, CardState before, JournalLine r) {
        if (before == null) {
            return scheduler.next(CardState.newCard(r.at()), r.at(), r.rating());
        }
        Instant last = before.lastReview();
        Instant at = last != null && r.at().isBefore(last) ? last : r.at();
        return scheduler.next(before, at, r.rating());
    }

    private static boolean within(Instant at, Instant from, Instant to) {
        return !at.isBefore(from) && !at.isAfter(to);
    }
}
