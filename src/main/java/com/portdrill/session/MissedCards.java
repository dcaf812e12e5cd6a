package com.portdrill.session;

import com.portdrill.deck.Outcome;
import com.portdrill.journal.Corrections;
import com.portdrill.journal.JournalLine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The cards to review: those whose latest answer was wrong or close. */
public final class MissedCards {
    private MissedCards() {
    }

    /** A missed card: when it was last missed and how often it was ever missed. */
    public record Missed(String cardId, Instant lastMissed, int misses) {
    }

    /**
     * Cards whose latest review was {@link Outcome#WRONG} or {@link Outcome#CLOSE}, the most recently missed
     * first, then the most often missed, then by id so the order is total.
     *
     * @param history the journal's lines in order (corrections count as {@link Corrections} says)
     */
    public static List<Missed> of(List<JournalLine> history) {
        Map<String, JournalLine> latest = new HashMap<>();
        Map<String, Integer> misses = new HashMap<>();
        for (JournalLine r : Corrections.apply(history)) {
            latest.merge(r.cardId(), r, (a, b) -> b.at().isBefore(a.at()) ? a : b);
            if (r.outcome() != Outcome.CORRECT) {
                misses.merge(r.cardId(), 1, Integer::sum);
            }
        }
        List<Missed> out = new ArrayList<>();
        for (JournalLine r : latest.values()) {
            if (r.outcome() != Outcome.CORRECT) {
                out.add(new Missed(r.cardId(), r.at(), misses.get(r.cardId())));
            }
        }
        // One plain lambda, not Comparator.comparing: its comparators are serializable lambdas, which the
        // launcher's class-data archive cannot keep, and making them costs the first question about 10 ms.
        out.sort((a, b) -> {
            int c = b.lastMissed().compareTo(a.lastMissed());
            if (c == 0) {
                c = Integer.compare(b.misses(), a.misses());
            }
            return c != 0 ? c : a.cardId().compareTo(b.cardId());
        });
        return out;
    }
}
