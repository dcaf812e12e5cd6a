package com.portdrill.session;

import com.portdrill.deck.Card;
import com.portdrill.deck.Deck;
import com.portdrill.journal.JournalLine;
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
import java.util.random.RandomGenerator;

/**
 * What a study session asks: the cards due, earliest due first, then new cards up to the day's limit. Siblings
 * (cards that share a port, directly or through a group: 20, 21 and "FTP uses 20 and 21"; 67, 68 and their group)
 * are never asked the same day, as Anki buries siblings: one card would give another away. A new card waits while
 * a sibling is due in the plan or was answered today, and of two siblings due, the later waits for another day.
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
     * falls on today's date in {@code zone}. New cards come in an order drawn from {@code random} (a seed fixes it),
     * one card per family of siblings, none of a family answered today.
     *
     * @param states   every reviewed card's state, by card id
     * @param history  every review, in any order
     * @param newLimit new cards a day, 0 or more
     * @param random   orders the new cards
     */
    public static StudyPlan of(Deck deck, Map<String, CardState> states, List<JournalLine> history, int newLimit,
                               Instant now, ZoneId zone, RandomGenerator random) {
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
        LocalDate today = now.atZone(zone).toLocalDate();
        int introduced = introducedOn(today, zone, history, position.keySet());
        int room = Math.max(0, newLimit - introduced);
        Map<Integer, Integer> family = families(deck.cards());
        Map<String, Card> byId = new HashMap<>();
        deck.cards().forEach(c -> byId.putIfAbsent(c.id(), c));
        Set<Integer> taken = new HashSet<>();
        for (JournalLine r : history) {
            Card answered = byId.get(r.cardId());
            if (answered != null && r.at().atZone(zone).toLocalDate().equals(today)) {
                taken.add(familyOf(answered, family));
            }
        }
        List<Card> dueApart = new ArrayList<>();
        for (Card c : due) {
            if (taken.add(familyOf(c, family))) {
                dueApart.add(c);
            }
        }
        Question.shuffle(unseen, random);
        List<Card> fresh = new ArrayList<>();
        for (Card c : unseen) {
            if (fresh.size() < room && taken.add(familyOf(c, family))) {
                fresh.add(c);
            }
        }
        return new StudyPlan(dueApart, fresh, introduced);
    }

    /** The cards in the order asked: due first, then new. */
    public List<Card> cards() {
        List<Card> all = new ArrayList<>(due);
        all.addAll(fresh);
        return all;
    }

    private static int introducedOn(LocalDate day, ZoneId zone, List<JournalLine> history, Set<String> deckIds) {
        Map<String, Instant> first = new HashMap<>();
        for (JournalLine r : history) {
            if (deckIds.contains(r.cardId())) {
                first.merge(r.cardId(), r.at(), (a, b) -> a.isBefore(b) ? a : b);
            }
        }
        return (int) first.values().stream().filter(at -> at.atZone(zone).toLocalDate().equals(day)).count();
    }

    /**
     * Each port's family: ports joined by a card that asks them together (67 and 68 by "DHCP uses 67 and 68") are
     * one family, named by its smallest port.
     */
    private static Map<Integer, Integer> families(List<Card> cards) {
        Map<Integer, Integer> parent = new HashMap<>();
        for (Card c : cards) {
            List<Integer> ports = c.explanation().ports();
            for (int p : ports) {
                parent.putIfAbsent(p, p);
            }
            for (int i = 1; i < ports.size(); i++) {
                int a = root(parent, ports.get(0));
                int b = root(parent, ports.get(i));
                parent.put(Math.max(a, b), Math.min(a, b));
            }
        }
        Map<Integer, Integer> family = new HashMap<>();
        for (int p : parent.keySet()) {
            family.put(p, root(parent, p));
        }
        return family;
    }

    private static int root(Map<Integer, Integer> parent, int p) {
        int r = p;
        while (parent.get(r) != r) {
            r = parent.get(r);
        }
        return r;
    }

    /** The family of a card: that of its first port (all its ports share one); a card without ports is its own. */
    private static int familyOf(Card c, Map<Integer, Integer> family) {
        List<Integer> ports = c.explanation().ports();
        return ports.isEmpty() ? -1 - c.id().hashCode() : family.get(ports.get(0));
    }
}
