package com.portdrill.srs;

import java.util.List;

/**
 * The days an interval may be spread over so that cards learnt together do not stay due together:
 * ts-fsrs's {@code get_fuzz_range}, ±(1 + 15 % of the part between 2.5 and 7 days + 10 % of 7–20 + 5 % above 20).
 *
 * @param min the shortest interval, in days
 * @param max the longest interval, in days
 */
public record FuzzRange(long min, long max) {
    private record Band(double start, double end, double share) {
    }

    private static final List<Band> BANDS = List.of(
            new Band(2.5, 7, 0.15), new Band(7, 20, 0.1), new Band(20, Double.POSITIVE_INFINITY, 0.05));

    /** The range around {@code interval}, never shorter than two days nor, when it can be, than the last gap. */
    public static FuzzRange around(long interval, long elapsedDays, long maximumInterval) {
        double delta = 1;
        for (Band band : BANDS) {
            delta += band.share() * Math.max(Math.min(interval, band.end()) - band.start(), 0);
        }
        long capped = Math.min(interval, maximumInterval);
        long min = Math.max(2, Math.round(capped - delta));
        long max = Math.min(Math.round(capped + delta), maximumInterval);
        if (capped > elapsedDays) {
            min = Math.max(min, elapsedDays + 1);
        }
        return new FuzzRange(Math.min(min, max), max);
    }

    /**
     * The interval that a factor in [0, 1) picks, spread evenly over the range. ts-fsrs's generator has 32-bit
     * steps, but a double just below 1 would round up past the range, hence the cap.
     */
    public long pick(double factor) {
        return Math.min(max, (long) Math.floor(factor * (max - min + 1) + min));
    }
}
