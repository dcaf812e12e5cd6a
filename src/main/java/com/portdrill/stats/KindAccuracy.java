package com.portdrill.stats;

import com.portdrill.deck.Card;
import com.portdrill.deck.Direction;
import com.portdrill.deck.Outcome;
import com.portdrill.journal.JournalLine;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Answers and correct answers per kind of question, so a learner sees "transport: 62%". */
final class KindAccuracy {
    private KindAccuracy() {
    }

    /** One share per kind answered, in the kinds' order; answers to cards no deck holds any more are left out. */
    static List<Statistics.KindShare> of(List<JournalLine> answers, List<Card> cards) {
        Map<String, Direction> kindOf = new HashMap<>();
        cards.forEach(c -> kindOf.putIfAbsent(c.id(), c.direction()));
        Map<Direction, int[]> counts = new EnumMap<>(Direction.class);
        for (JournalLine r : answers) {
            Direction kind = kindOf.get(r.cardId());
            if (kind != null) {
                int[] n = counts.computeIfAbsent(kind, k -> new int[2]);
                n[0]++;
                n[1] += r.outcome() == Outcome.CORRECT ? 1 : 0;
            }
        }
        return counts.entrySet().stream()
                .map(e -> new Statistics.KindShare(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }
}
