package com.portdrill.stats;

import java.time.LocalDate;
import java.util.Objects;

/** How many of something fall on one calendar day: answers given, or cards coming due. */
public record DayCount(LocalDate date, int count) {
    public DayCount {
        Objects.requireNonNull(date, "date");
        if (count < 0) {
            throw new IllegalArgumentException("a count is not negative: " + count);
        }
    }
}
