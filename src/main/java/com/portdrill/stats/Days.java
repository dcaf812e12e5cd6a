package com.portdrill.stats;

import com.portdrill.journal.JournalLine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

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

    /**
     * The local day (as an epoch day) of every answer. Answers come in time order, mostly many to a day, so the
     * day found last is tried first: a journal of years is dated without a zone lookup per answer.
     */
    long[] epochDays(List<JournalLine> reviews) {
        long[] out = new long[reviews.size()];
        long dayStart = 0;
        long dayEnd = 0;
        long day = 0;
        for (int i = 0; i < out.length; i++) {
            long second = reviews.get(i).at().getEpochSecond();
            if (second < dayStart || second >= dayEnd) {
                LocalDate date = dateOf(reviews.get(i).at());
                day = date.toEpochDay();
                dayStart = startOf(date).getEpochSecond();
                dayEnd = startOf(date.plusDays(1)).getEpochSecond();
            }
            out[i] = day;
        }
        return out;
    }
}
