package com.portdrill.srs;

import java.time.Duration;
import java.util.List;

/** The short (re)learning steps, in minutes, as ts-fsrs's {@code BasicLearningStepsStrategy} hands them out. */
final class LearningSteps {
    /**
     * Where a rating leads on the steps.
     *
     * @param minutes  how long until the card is due again; 0 when the card leaves the steps for an interval in days
     * @param nextStep the step the card will be on
     */
    record Step(long minutes, int nextStep) {
        static final Step GRADUATE = new Step(0, 0);
    }

    private final long[] learning;
    private final long[] relearning;

    LearningSteps(List<Duration> learningSteps, List<Duration> relearningSteps) {
        learning = learningSteps.stream().mapToLong(Duration::toMinutes).toArray();
        relearning = relearningSteps.stream().mapToLong(Duration::toMinutes).toArray();
    }

    /** Where {@code rating} leads a card in {@code state} that is on step {@code current}. */
    Step after(State state, int current, Rating rating) {
        long[] steps = state == State.REVIEW || state == State.RELEARNING ? relearning : learning;
        if (steps.length == 0 || current >= steps.length) {
            return Step.GRADUATE;
        }
        if (state == State.REVIEW) {
            return rating == Rating.AGAIN ? new Step(steps[Math.max(0, current)], 0) : Step.GRADUATE;
        }
        switch (rating) {
            case AGAIN:
                return new Step(steps[0], 0);
            case HARD:
                return new Step(hardMinutes(steps), current);
            case GOOD:
                return current + 1 < steps.length && steps[current + 1] != 0
                        ? new Step(steps[current + 1], current + 1)
                        : Step.GRADUATE;
            default:
                return Step.GRADUATE;
        }
    }

    /** Hard waits halfway between the first two steps, or half as long again as a single step. */
    private static long hardMinutes(long[] steps) {
        return steps.length == 1 ? Math.round(steps[0] * 1.5) : Math.round((steps[0] + steps[1]) / 2.0);
    }
}
