package com.portdrill.session;

import com.portdrill.deck.Card;
import com.portdrill.deck.Deck;
import com.portdrill.progress.Review;
import com.portdrill.srs.CardState;
import com.portdrill.srs.State;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a study session asks: the cards due, earliest due first, then new cards up to the day's limit.
 *
 * @param due         reviewed cards whose due time has come, by due time (ties in deck order)
 * @param fresh       never-reviewed cards introduced today, at most the limit less those already introduced
 * @param newToday    new cards of this deck already introduced today, before this session
 */
public record StudyPlan(List<Card> due, List<Card> fresh, int newToday) {
    /** New cards a day, unless {@code --limit} says otherwise. */
    public static final int DEFAULT_NEW_LIMIT = 20;

    public StudyPlan {
        due = List.copyOf(due);
        fresh = List.copyOf(fresh);
    }

    /**
     * Plans a session on {@code deck} at {@code now}. A card counts as introduced today when its first review
     * falls on today's date in {@code zone}. New cards come one per port first (then second cards of the same
     * ports, and so on), in deck order, so that a card never gives away its sibling in the same session.
     *
     * @param states   every reviewed card's state, by card id
     * @param history  every review, in any order
     * @param newLimit new cards a day, 0 or more
     */
    public static StudyPlan of(Deck deck, Map<String, CardState> states, List<Review> history, int newLimit,
                               Instant now, ZoneId zone) {
        if (newLimit < 0) {
            throw new IllegalArgumentException("the new-card limit is 0 or more, not " + newLimit);
        }
        Map<String, Integer> position = new HashMap<>();
        for (Card c : deck.cards()) {
            position.putIfAbsent(c.id(), position.size());
        }
        List<Card> due = new ArrayList<>();
        List<Card> unseen = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Card c : deck.cards()) {
            if (!seen.add(c.id())) {
                continue;
            }
            CardState s = states.get(c.id());
            if (s == null || s.state() == State.NEW) {
                unseen.add(c);
            } else if (!s.due().isAfter(now)) {
                due.add(c);
            }
        }
        // Plain lambdas, not Comparator.comparing: its comparators are serializable lambdas, which the launcher's
        // class-data archive cannot keep, and making one costs the first question about 10 ms.
        due.sort((a, b) -> {
            int byDue = states.get(a.id()).due().compareTo(states.get(b.id()).due());
            return byDue != 0 ? byDue : position.get(a.id()).compareTo(position.get(b.id()));
        });
        int introduced = introducedOn(now.atZone(zone).toLocalDate(), zone, history, position.keySet());
        int room = Math.max(0, newLimit - introduced);
        List<Card> fresh = siblingsApart(unseen, position);
        return new StudyPlan(due, fresh.subList(0, Math.min(room, fresh.size())), introduced);
    }

    /** The cards in the order asked: due first, then new. */
    public List<Card> cards() {
        List<Card> all = new ArrayList<>(due);
        all.addAll(fresh);
        return all;
    }

    private static int introducedOn(LocalDate day, ZoneId zone, List<Review> history, Set<String> deckIds) {
        Map<String, Instant> first = new HashMap<>();
        for (Review r : history) {
            if (deckIds.contains(r.cardId())) {
                first.merge(r.cardId(), r.at(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return (int) first.values().stream().filter(at -> at.atZone(zone).toLocalDate().equals(day)).count();
    }

    private static List<Card> siblingsApart(List<Card> unseen, Map<String, Integer> position) {
        Map<List<Integer>, Integer> perGroup = new HashMap<>();
        Map<String, Integer> rank = new HashMap<>();
        for (Card c : unseen) {
            rank.put(c.id(), perGroup.merge(c.explanation().ports(), 1, Integer::sum));
        }
        List<Card> ordered = new ArrayList<>(unseen);
        ordered.sort((a, b) -> {
            int byRank = rank.get(a.id()).compareTo(rank.get(b.id()));
            return byRank != 0 ? byRank : position.get(a.id()).compareTo(position.get(b.id()));
        });
        return ordered;
    }
}
