package com.portdrill.chart;

import java.util.Locale;
import java.util.OptionalDouble;

/** Shares as the charts print them: one decimal, and a dash where there is nothing to divide. */
public final class Percent {
    private Percent() {
    }

    public static String of(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    public static String of(OptionalDouble share) {
        return share.isPresent() ? of(share.getAsDouble()) : "-";
    }

    /** A target such as 0.9, as a whole percentage when it is one: 90%. */
    public static String whole(double share) {
        double percent = share * 100;
        return percent == Math.rint(percent) ? String.format(Locale.ROOT, "%.0f%%", percent) : of(share);
    }
}
