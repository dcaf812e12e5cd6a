package com.portdrill.srs;

import java.time.Instant;
import java.util.List;
import java.util.OptionalDouble;

/**
 * FSRS-6 as ts-fsrs 5.4.2's short-term scheduler applies it: new and forgotten cards climb the (re)learning
 * steps in minutes, then move to intervals in days; every rating of a card in review updates its memory.
 * Times count in whole milliseconds and elapsed time in UTC calendar days, as in ts-fsrs.
 */
public final class Scheduler {
    private static final long MINUTE_MS = 60_000L;
    private static final long DAY_MS = 86_400_000L;
    private static final long DAY_MINUTES = 1440;

    private final MemoryModel model;
    private final LearningSteps steps;
    private final Fuzz fuzz;
    private final int maximumInterval;

    public Scheduler(Parameters parameters, Fuzz fuzz) {
        this.model = new MemoryModel(parameters);
        this.steps = new LearningSteps(parameters.learningSteps(), parameters.relearningSteps());
        this.fuzz = fuzz;
        this.maximumInterval = parameters.maximumInterval();
    }

    /** A scheduler without fuzz. */
    public Scheduler(Parameters parameters) {
        this(parameters, Fuzz.off());
    }

    /**
     * The card after it was reviewed at {@code now} and rated {@code rating}. A review dated before the card's last
     * one (the clock was set back between answers) counts as made at the last review's instant, a same-day review:
     * the answer still updates the card, while its last review and due time never move back, so no negative gap
     * reaches the formulas, where ts-fsrs would compute NaN.
     */
    public CardState next(CardState card, Instant now, Rating rating) {
        Instant at = now.getNano() % 1_000_000 == 0 ? now : Instant.ofEpochMilli(now.toEpochMilli());
        if (card.lastReview() != null && at.isBefore(card.lastReview())) {
            at = card.lastReview();
        }
        long elapsed = card.state() != State.NEW && card.lastReview() != null
                ? calendarDaysBetween(card.lastReview(), at) : 0;
        return card.state() == State.REVIEW ? review(card, at, elapsed, rating) : learn(card, at, elapsed, rating);
    }

    /** The state after each review in turn, starting from {@code start}: a card's memory is a fold over its answers. */
    public CardState replay(CardState start, List<ReviewEvent> reviews) {
        CardState card = start;
        for (ReviewEvent review : reviews) {
            card = next(card, review.at(), review.rating());
        }
        return card;
    }

    /** The probability of recalling the card at {@code now}, counting whole days since its last review (0 if new). */
    public double retrievability(CardState card, Instant now) {
        if (card.state() == State.NEW || card.lastReview() == null) {
            return 0;
        }
        long days = Math.floorDiv(now.toEpochMilli() - card.lastReview().toEpochMilli(), DAY_MS);
        return model.retrievability(Math.max(days, 0), card.stability());
    }

    /** Days between the UTC dates of two instants, whatever their times of day. */
    static long calendarDaysBetween(Instant from, Instant to) {
        return Math.floorDiv(to.toEpochMilli(), DAY_MS) - Math.floorDiv(from.toEpochMilli(), DAY_MS);
    }

    private CardState learn(CardState card, Instant at, long elapsed, Rating rating) {
        double stability;
        double difficulty;
        if (card.difficulty() == 0 && card.stability() == 0) {
            stability = model.initialStability(rating);
            difficulty = MemoryModel.clamp(model.initialDifficulty(rating), 1, 10);
        } else {
            requireValidMemory(card);
            stability = model.nextStability(card.difficulty(), card.stability(), elapsed, rating);
            difficulty = model.nextDifficulty(card.difficulty(), rating);
        }
        State stays = card.state() == State.NEW ? State.LEARNING : card.state();
        return onSteps(card, at, elapsed, rating, stability, difficulty, stays, card.lapses());
    }

    private CardState review(CardState card, Instant at, long elapsed, Rating rating) {
        requireValidMemory(card);
        double d = card.difficulty();
        if (rating == Rating.AGAIN) {
            double stability = model.nextStability(d, card.stability(), elapsed, rating);
            return onSteps(card, at, elapsed, rating, stability, model.nextDifficulty(d, rating),
                    State.RELEARNING, card.lapses() + 1);
        }
        MemoryModel.Passed passed = model.afterPass(d, card.stability(), elapsed);
        long[] intervals = fuzzed(card, at, elapsed,
                model.interval(passed.hard()), model.interval(passed.good()), model.interval(passed.easy()));
        // Each grade waits at least a day longer than the one below it.
        long hard = Math.min(intervals[0], intervals[1]);
        long good = Math.max(intervals[1], hard + 1);
        long easy = Math.max(intervals[2], good + 1);
        long days = rating == Rating.HARD ? hard : rating == Rating.GOOD ? good : easy;
        return new CardState(plusDays(at, days), passed.of(rating), model.nextDifficulty(d, rating), elapsed, days,
                0, card.reps() + 1, card.lapses(), State.REVIEW, at);
    }

    /** Schedules by the (re)learning steps, or by an interval in days once the card is past them. */
    private CardState onSteps(CardState card, Instant at, long elapsed, Rating rating, double stability,
                              double difficulty, State stays, int lapses) {
        LearningSteps.Step step = steps.after(card.state(), card.learningSteps(), rating);
        int reps = card.reps() + 1;
        if (step.minutes() > 0 && step.minutes() < DAY_MINUTES) {
            return new CardState(plusMinutes(at, step.minutes()), stability, difficulty, elapsed, 0,
                    step.nextStep(), reps, lapses, stays, at);
        }
        if (step.minutes() >= DAY_MINUTES) {
            return new CardState(plusMinutes(at, step.minutes()), stability, difficulty, elapsed,
                    step.minutes() / DAY_MINUTES, step.nextStep(), reps, lapses, State.REVIEW, at);
        }
        long days = fuzzed(card, at, elapsed, model.interval(stability))[0];
        return new CardState(plusDays(at, days), stability, difficulty, elapsed, days, 0, reps, lapses, State.REVIEW, at);
    }

    /** The intervals moved within their fuzz ranges by one factor, drawn only if an interval is long enough to fuzz. */
    private long[] fuzzed(CardState card, Instant at, long elapsed, long... intervals) {
        boolean anyFuzzable = false;
        for (long interval : intervals) {
            anyFuzzable |= interval >= 2.5;
        }
        OptionalDouble factor = anyFuzzable ? fuzz.factor(card, at) : OptionalDouble.empty();
        if (factor.isPresent()) {
            for (int i = 0; i < intervals.length; i++) {
                if (intervals[i] >= 2.5) {
                    intervals[i] = FuzzRange.around(intervals[i], elapsed, maximumInterval).pick(factor.getAsDouble());
                }
            }
        }
        return intervals;
    }

    /** ts-fsrs refuses to update a memory state it could not have produced. */
    private static void requireValidMemory(CardState card) {
        if (card.difficulty() < 1 || card.stability() < MemoryModel.MIN_STABILITY) {
            throw new IllegalArgumentException("not an FSRS memory state: difficulty " + card.difficulty()
                    + ", stability " + card.stability());
        }
    }

    private static Instant plusMinutes(Instant at, long minutes) {
        return Instant.ofEpochMilli(at.toEpochMilli() + minutes * MINUTE_MS);
    }

    private static Instant plusDays(Instant at, long days) {
        return Instant.ofEpochMilli(at.toEpochMilli() + days * DAY_MS);
    }
}
