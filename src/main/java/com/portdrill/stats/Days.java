package com.portdrill.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The learner's calendar: which day an instant falls on, and where a day begins. */
record Days(ZoneId zone, Instant now) {
    LocalDate today() {
        return dateOf(now);
    }

    LocalDate dateOf(Instant at) {
        return LocalDate.ofInstant(at, zone);
    }

    Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }
}
