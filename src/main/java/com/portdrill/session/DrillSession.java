package com.portdrill.session;

import com.portdrill.deck.Card;
import com.portdrill.deck.Direction;
import com.portdrill.deck.Outcome;
import com.portdrill.port.Port;
import com.portdrill.journal.StudyMode;
import com.portdrill.srs.CardState;
import com.portdrill.srs.Scheduler;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Rapid fire until the learner stops. Cards are ordered weakest first: lowest retrievability (a card never
 * seen counts as 0, nothing known), then most lapses, then never seen before seen, then a seeded shuffle so
 * equals do not always come in the same order. An answer right sends the card to the back; a miss brings it
 * back after {@link #MISS_GAP} other cards.
 */
public final class DrillSession extends SeededSession {
    /** A missed card comes back after this many others. */
    public static final int MISS_GAP = 3;

    private final List<Card> queue;

    /** A drill never ends by itself: it asks the head of its queue, which is empty only for a drill on no cards. */
    private DrillSession(AnswerMode mode, List<Card> queue, long seed, Progress progress) {
        super(StudyMode.DRILL, mode, seed, progress, queue.isEmpty() ? null : queue.get(0));
        this.queue = List.copyOf(queue);
    }

    /**
     * The cards a drill asks from a deck: both directions (port → service and service → port), mixed with the
     * exam-style kinds a tier holds (transport, counterparts, scenarios …). With
     * {@code wellKnownOnly}, only cards about ports 0–1023 (the drill's own deck holds the ones the tiers teach,
     * whether or not the documents hold them: 49, 88, 465 …); a deck with no card in either direction (trojans) is
     * drilled as it is.
     */
    public static List<Card> cardsFor(List<Card> deck, boolean wellKnownOnly) {
        List<Card> both = new ArrayList<>();
        for (Card c : deck) {
            boolean direction = c.direction() == Direction.PORT_TO_SERVICE || c.direction() == Direction.SERVICE_TO_PORT
                    || !c.direction().recall();
            if (direction && (!wellKnownOnly || isWellKnown(c))) {
                both.add(c);
            }
        }
        if (both.isEmpty() && !wellKnownOnly) {
            return List.copyOf(deck);
        }
        return both;
    }

    static boolean isWellKnown(Card c) {
        List<Integer> ports = c.explanation().ports();
        return !ports.isEmpty() && ports.stream().allMatch(Port.Range.WELL_KNOWN::holds);
    }

    /**
     * Starts a drill on {@code cards} (see {@link #cardsFor}), weakest first as of {@code now}.
     *
     * @param states    every reviewed card's state, by id
     * @param scheduler gives each card's retrievability
     */
    public static DrillSession start(List<Card> cards, Map<String, CardState> states, Scheduler scheduler,
                                     Instant now, AnswerMode mode, RandomGenerator random) {
        Objects.requireNonNull(mode, "mode");
        long seed = random.nextLong();
        RandomGenerator ties = Seeds.at(seed, -1);
        Map<String, Double> recall = new HashMap<>();
        Map<String, Integer> lapses = new HashMap<>();
        Map<String, Double> tie = new HashMap<>();
        for (Card c : cards) {
            CardState s = states.get(c.id());
            recall.put(c.id(), s == null ? 0 : scheduler.retrievability(s, now));
            lapses.put(c.id(), s == null ? 0 : s.lapses());
            tie.put(c.id(), ties.nextDouble());
        }
        List<Card> order = new ArrayList<>(cards);
        // One plain lambda, not Comparator.comparing: its comparators are serializable lambdas, which the
        // launcher's class-data archive cannot keep, and making them costs the first question about 10 ms.
        order.sort((a, b) -> {
            int c = recall.get(a.id()).compareTo(recall.get(b.id()));
            if (c == 0) {
                c = lapses.get(b.id()).compareTo(lapses.get(a.id()));
            }
            if (c == 0) {
                c = Boolean.compare(states.containsKey(a.id()), states.containsKey(b.id()));
            }
            return c != 0 ? c : tie.get(a.id()).compareTo(tie.get(b.id()));
        });
        return new DrillSession(mode, order, seed, Progress.of(order.size()));
    }

    /** The cards in the order they come next, the current one first. */
    public List<Card> upcoming() {
        return queue;
    }

    @Override
    public DrillSession next(Attempt.Judged answer) {
        Answered.requireCurrent(this, answer);
        List<Card> q = new ArrayList<>(queue);
        Card asked = q.remove(0);
        q.add(answer.outcome() == Outcome.CORRECT ? q.size() : Math.min(MISS_GAP, q.size()), asked);
        Progress p = progress().after(answer.outcome());
        return new DrillSession(answerMode(), q, seed(), p.withTotal(Math.max(queue.size(), p.answered())));
    }
}
