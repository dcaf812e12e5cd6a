package com.portdrill.session;

import com.portdrill.deck.Card;
import com.portdrill.journal.StudyMode;
import com.portdrill.srs.CardState;
import com.portdrill.srs.Scheduler;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * A spaced-repetition session: the plan's cards in order, and every card that FSRS brings back within the
 * session (a learning step of minutes) asked again when it is due, or earlier once nothing else is left, as
 * Anki's learn-ahead does.
 */
public final class StudySession extends SeededSession {
    /** A card due again within this long is asked again in the same session. */
    public static final Duration LEARN_AHEAD = Duration.ofMinutes(20);
    /** Learning ahead, cards due within this long of the earliest come back together, in a drawn order. */
    private static final Duration SAME_STEP = Duration.ofMinutes(2);
    /** Keeps the draws that interleave returning cards apart from those that order a question's options. */
    private static final long INTERLEAVE = 0x6C8E9CF570932BD5L;

    private record Again(Card card, Instant due) {
    }

    private final Scheduler scheduler;
    private final List<Card> planned;
    private final List<Again> again;
    private final Map<String, CardState> states;

    /** @param asked the card asked now, {@code null} once none is left */
    private StudySession(AnswerMode mode, Scheduler scheduler, List<Card> planned, List<Again> again,
                         Map<String, CardState> states, long seed, Progress progress, Card asked) {
        super(StudyMode.STUDY, mode, seed, progress, asked);
        this.scheduler = scheduler;
        this.planned = List.copyOf(planned);
        this.again = List.copyOf(again);
        this.states = Map.copyOf(states);
    }

    /**
     * Starts a session on {@code plan}.
     *
     * @param states    every reviewed card's state, by id, as the store folds them
     * @param scheduler the scheduler the store folds with ({@link Scheduling#scheduler()})
     * @param random    draws the seed for the choice options
     */
    public static StudySession start(StudyPlan plan, AnswerMode mode, Map<String, CardState> states,
                                     Scheduler scheduler, RandomGenerator random) {
        Objects.requireNonNull(mode, "mode");
        long seed = random.nextLong();
        List<Card> cards = plan.cards();
        List<Card> rest = cards.isEmpty() ? List.of() : cards.subList(1, cards.size());
        Map<String, CardState> known = new HashMap<>();
        for (Card c : cards) {
            CardState s = states.get(c.id());
            if (s != null) {
                known.put(c.id(), s);
            }
        }
        Card first = cards.isEmpty() ? null : cards.get(0);
        return new StudySession(mode, scheduler, rest, List.of(), known, seed, Progress.of(cards.size()), first);
    }

    /** The cards still to come after the current one, those coming back included. */
    public int remaining() {
        return planned.size() + again.size();
    }

    @Override
    public StudySession next(Attempt.Judged answer) {
        Answered.requireCurrent(this, answer);
        Card card = answer.question().card();
        Instant now = answer.at();
        CardState before = states.getOrDefault(card.id(), CardState.newCard(now));
        CardState after = scheduler.next(before, now, answer.rating());
        Map<String, CardState> newStates = new HashMap<>(states);
        newStates.put(card.id(), after);
        List<Again> newAgain = new ArrayList<>(again);
        if (!after.due().isAfter(now.plus(LEARN_AHEAD))) {
            newAgain.add(new Again(card, after.due()));
            newAgain.sort(Comparator.comparing(Again::due));
        }
        List<Card> newPlanned = new ArrayList<>(planned);
        Card nextCard = pick(newPlanned, newAgain, now, card, Seeds.at(seed() ^ INTERLEAVE, progress().answered()));
        Progress p = progress().after(answer.outcome());
        p = p.withTotal(p.answered() + newPlanned.size() + newAgain.size() + (nextCard == null ? 0 : 1));
        return new StudySession(answerMode(), scheduler, newPlanned, newAgain, newStates, seed(), p, nextCard);
    }

    /**
     * A card due again now, else the next planned card, else a card coming back (learning ahead). Among the cards
     * coming back, one is drawn from {@code random}, the card just answered only when it is the one left: cards
     * brought back by a learning step come back interleaved, not in the order they first came.
     */
    private static Card pick(List<Card> planned, List<Again> again, Instant now, Card last, RandomGenerator random) {
        List<Integer> dueNow = new ArrayList<>();
        for (int i = 0; i < again.size(); i++) {
            if (!again.get(i).due().isAfter(now)) {
                dueNow.add(i);
            }
        }
        if (!dueNow.isEmpty()) {
            return again.remove(draw(dueNow, again, last, random)).card();
        }
        if (!planned.isEmpty()) {
            return planned.remove(0);
        }
        if (again.isEmpty()) {
            return null;
        }
        Instant soon = again.get(0).due().plus(SAME_STEP);
        List<Integer> nextStep = new ArrayList<>();
        for (int i = 0; i < again.size(); i++) {
            if (!again.get(i).due().isAfter(soon)) {
                nextStep.add(i);
            }
        }
        return again.remove(draw(nextStep, again, last, random)).card();
    }

    /** One of {@code candidates} (indices into {@code again}), not {@code last} unless it is the only one. */
    private static int draw(List<Integer> candidates, List<Again> again, Card last, RandomGenerator random) {
        List<Integer> others = new ArrayList<>();
        for (int i : candidates) {
            if (!again.get(i).card().id().equals(last.id())) {
                others.add(i);
            }
        }
        List<Integer> from = others.isEmpty() ? candidates : others;
        return from.get(random.nextInt(from.size()));
    }
}
