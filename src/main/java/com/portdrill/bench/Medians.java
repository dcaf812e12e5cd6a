package com.portdrill.bench;

import java.util.Arrays;
import java.util.List;

/** The summary figures of a start-up benchmark: medians of repeated runs and their ratios. */
public final class Medians {
    private Medians() {
    }

    /** The median of the values: the middle one, or the mean of the two middle ones for an even count. */
    public static double of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values to take the median of");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** The largest value, for peak memory over runs. */
    public static long max(long[] values) {
        return Arrays.stream(values).max().orElseThrow(() -> new IllegalArgumentException("no values"));
    }

    /** How many times longer {@code value} took than {@code reference}. */
    public static double ratio(double value, double reference) {
        if (!(reference > 0)) {
            throw new IllegalArgumentException("the reference time must be positive, was " + reference);
        }
        return value / reference;
    }
}
