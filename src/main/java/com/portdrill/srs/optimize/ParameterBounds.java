package com.portdrill.srs.optimize;

/**
 * The ranges fsrs-rs's parameter clipper allows each FSRS-6 weight, for one relearning step: the initial
 * stabilities between S_MIN and the largest first interval, w17 and w18 at most 2, the decay w20 in [0.1, 0.8].
 */
public final class ParameterBounds {
    private static final double[] LOW = {
            0.001, 0.001, 0.001, 0.001, 1, 0.001, 0.001, 0.001, 0, 0, 0.001, 0.001, 0.001, 0.001, 0, 0, 1, 0, 0, 0, 0.1};
    private static final double[] HIGH = {
            100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5, 5, 0.25, 0.9, 4, 1, 6, 2, 2, 0.8, 0.8};

    private ParameterBounds() {
    }

    /** Moves each weight into its range, in place; a weight that is not a number becomes its lower bound. */
    static void clip(double[] w) {
        for (int i = 0; i < w.length; i++) {
            w[i] = Double.isNaN(w[i]) ? LOW[i] : Math.min(Math.max(w[i], LOW[i]), HIGH[i]);
        }
    }

    /** A copy of {@code w} within the ranges. */
    public static double[] clipped(double[] w) {
        if (w.length != LOW.length) {
            throw new IllegalArgumentException("FSRS-6 has " + LOW.length + " weights, not " + w.length);
        }
        double[] copy = w.clone();
        clip(copy);
        return copy;
    }
}
