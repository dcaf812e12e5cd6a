package com.portdrill.srs;

import java.time.Duration;
import java.util.List;

/**
 * What FSRS-6 is tuned with, as ts-fsrs 5.4.2's {@code generatorParameters} holds it.
 *
 * @param weights           the 21 FSRS-6 weights w0–w20
 * @param desiredRetention  the probability of recall a card is scheduled for, in (0, 1]
 * @param maximumInterval   the longest interval, in days
 * @param enableShortTerm   whether same-day reviews use the short-term stability formula
 * @param learningSteps     the steps a new card goes through before its first interval in days
 * @param relearningSteps   the steps a forgotten card goes through before it returns to review
 */
public record Parameters(List<Double> weights, double desiredRetention, int maximumInterval, boolean enableShortTerm,
                         List<Duration> learningSteps, List<Duration> relearningSteps) {

    /** ts-fsrs 5.4.2's {@code default_w}: FSRS-6's published default weights. */
    public static final List<Double> DEFAULT_WEIGHTS = List.of(
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

    public Parameters {
        weights = List.copyOf(weights);
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
        if (weights.size() != 21 || weights.stream().anyMatch(w -> !Double.isFinite(w))) {
            throw new IllegalArgumentException("FSRS-6 takes 21 finite weights, not " + weights);
        }
        if (!(desiredRetention > 0 && desiredRetention <= 1)) {
            throw new IllegalArgumentException("desired retention is in (0, 1], not " + desiredRetention);
        }
        if (maximumInterval < 1) {
            throw new IllegalArgumentException("the maximum interval is at least one day, not " + maximumInterval);
        }
        if (!wholeMinutes(learningSteps) || !wholeMinutes(relearningSteps)) {
            throw new IllegalArgumentException("learning steps are whole, non-negative minutes");
        }
    }

    /** ts-fsrs's defaults: retention 0.9, at most 36500 days, short-term on, steps 1 and 10 min, relearning 10 min. */
    public static Parameters defaults() {
        return new Parameters(DEFAULT_WEIGHTS, 0.9, 36500, true,
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)));
    }

    private static boolean wholeMinutes(List<Duration> steps) {
        return steps.stream().allMatch(d -> !d.isNegative() && d.toSecondsPart() == 0 && d.toNanosPart() == 0);
    }
}
