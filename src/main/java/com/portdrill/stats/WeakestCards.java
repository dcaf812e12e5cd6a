package com.portdrill.stats;

import com.portdrill.deck.Card;
import com.portdrill.srs.CardState;
import com.portdrill.srs.Scheduler;
import com.portdrill.srs.State;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The reviewed cards least likely to be recalled now, then the most often forgotten. Only deck cards are named:
 * a card no deck holds any longer cannot be studied again.
 */
final class WeakestCards {
    private static final Comparator<Statistics.WeakCard> WEAKEST_FIRST =
            Comparator.comparingDouble(Statistics.WeakCard::retrievability)
                    .thenComparing(Comparator.comparingInt(Statistics.WeakCard::lapses).reversed())
                    .thenComparing(Statistics.WeakCard::cardId);

    private WeakestCards() {
    }

    static List<Statistics.WeakCard> of(List<Card> cards, Map<String, CardState> states, Scheduler scheduler,
                                        Instant now) {
        List<Statistics.WeakCard> reviewed = new ArrayList<>();
        for (Card c : cards) {
            CardState s = states.get(c.id());
            if (s != null && s.state() != State.NEW) {
                reviewed.add(new Statistics.WeakCard(c.id(), c.explanation().ports(), c.explanation().service(),
                        c.direction(), c.displayAnswer(), scheduler.retrievability(s, now), s.lapses(), s.state()));
            }
        }
        reviewed.sort(WEAKEST_FIRST);
        return List.copyOf(reviewed.subList(0, Math.min(Statistics.WEAKEST, reviewed.size())));
    }
}
