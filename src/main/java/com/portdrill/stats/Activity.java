package com.portdrill.stats;

import com.portdrill.deck.Outcome;
import com.portdrill.journal.JournalLine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * What the journal says about when and how well the learner answered, by calendar day.
 *
 * @param reviews every answer, in the order given
 * @param days    the local day of each answer, as an epoch day
 * @param today   today, as an epoch day
 */
record Activity(List<JournalLine> reviews, long[] days, long today) {
    static Activity of(List<JournalLine> reviews, Days calendar) {
        return new Activity(reviews, calendar.epochDays(reviews), calendar.today().toEpochDay());
    }

    Statistics.Totals totals() {
        int correct = 0;
        int answeredToday = 0;
        int correctToday = 0;
        for (int i = 0; i < days.length; i++) {
            boolean right = reviews.get(i).outcome() == Outcome.CORRECT;
            boolean isToday = days[i] == today;
            correct += right ? 1 : 0;
            answeredToday += isToday ? 1 : 0;
            correctToday += right && isToday ? 1 : 0;
        }
        return new Statistics.Totals(days.length, correct, answeredToday, correctToday);
    }

    /** Whole weeks from Monday, so that a calendar drawn by week starts on a full column. */
    List<DayCount> perDay() {
        LocalDate last = LocalDate.ofEpochDay(today);
        long first = last.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(Statistics.HISTORY_WEEKS - 1L).toEpochDay();
        int[] counts = new int[(int) (today - first) + 1];
        for (long d : days) {
            if (d >= first && d <= today) {
                counts[(int) (d - first)]++;
            }
        }
        List<DayCount> out = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            out.add(new DayCount(LocalDate.ofEpochDay(first + i), counts[i]));
        }
        return out;
    }

    /** A streak still stands on a day not yet studied: it ends only when a whole day passes without an answer. */
    Statistics.Streak streak() {
        long first = today;
        for (long d : days) {
            first = Math.min(first, d);
        }
        BitSet studied = new BitSet();
        for (long d : days) {
            if (d <= today) {
                studied.set((int) (d - first));
            }
        }
        int todayBit = (int) (today - first);
        int end = studied.get(todayBit) ? todayBit : todayBit - 1;
        int current = end < 0 || !studied.get(end) ? 0 : end - studied.previousClearBit(end);
        int longest = 0;
        for (int run = studied.nextSetBit(0); run >= 0; ) {
            int after = studied.nextClearBit(run);
            longest = Math.max(longest, after - run);
            run = studied.nextSetBit(after);
        }
        return new Statistics.Streak(current, longest);
    }
}
