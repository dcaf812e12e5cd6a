package com.portdrill.stats;

import com.portdrill.deck.Card;
import com.portdrill.deck.Direction;
import com.portdrill.deck.Outcome;
import com.portdrill.journal.JournalLine;
import com.portdrill.srs.CardState;
import com.portdrill.srs.Scheduler;
import com.portdrill.srs.State;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The cards the learner struggles with: first those missed today, most misses first (a card just missed three
 * times has a high chance of recall right after its last review, yet it is the weakest there is), then the
 * reviewed cards least likely to be recalled now, then the most often forgotten. Only deck cards are named: a card
 * no deck holds any longer cannot be studied again.
 */
final class WeakestCards {
    private static final Comparator<Statistics.WeakCard> WEAKEST_FIRST =
            Comparator.comparingInt(Statistics.WeakCard::missesToday).reversed()
                    .thenComparingDouble(Statistics.WeakCard::retrievability)
                    .thenComparing(Comparator.comparingInt(Statistics.WeakCard::lapses).reversed())
                    .thenComparing(Statistics.WeakCard::cardId);

    private WeakestCards() {
    }

    /** @param answers the answers as they count ({@link com.portdrill.journal.Corrections#apply}) */
    static List<Statistics.WeakCard> of(List<Card> cards, Map<String, CardState> states, List<JournalLine> answers,
                                        Days days, Scheduler scheduler, Instant now) {
        Map<String, Integer> missesToday = new HashMap<>();
        for (JournalLine r : answers) {
            if (r.outcome() != Outcome.CORRECT && days.dateOf(r.at()).equals(days.today())) {
                missesToday.merge(r.cardId(), 1, Integer::sum);
            }
        }
        Map<Integer, String> taught = new HashMap<>();
        for (Card c : cards) {
            if (c.direction() == Direction.PORT_TO_SERVICE && c.explanation().ports().size() == 1) {
                taught.putIfAbsent(c.explanation().ports().get(0), c.displayAnswer());
            }
        }
        List<Statistics.WeakCard> reviewed = new ArrayList<>();
        for (Card c : cards) {
            CardState s = states.get(c.id());
            if (s != null && s.state() != State.NEW) {
                reviewed.add(new Statistics.WeakCard(c.id(), c.explanation().ports(), taught(c, taught),
                        c.direction(), c.displayAnswer(), scheduler.retrievability(s, now), s.lapses(), s.state(),
                        missesToday.getOrDefault(c.id(), 0)));
            }
        }
        reviewed.sort(WEAKEST_FIRST);
        return List.copyOf(reviewed.subList(0, Math.min(Statistics.WEAKEST, reviewed.size())));
    }

    /**
     * The service the card teaches, never the documents' own name (which may be wrong, "SUN's RPC" for 110): the
     * answer of the port→service card about each of its ports, or, for a card no such card names, the documents' name
     * where it is the answer.
     */
    private static String taught(Card c, Map<Integer, String> taught) {
        if (c.direction() == Direction.PORT_TO_SERVICE) {
            return c.displayAnswer();
        }
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (int p : c.explanation().ports()) {
            String name = taught.get(p);
            if (name == null) {
                return c.explanation().service();
            }
            names.add(name);
        }
        return String.join(" / ", names);
    }
}
