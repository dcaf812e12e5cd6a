package com.portdrill.stats;

import com.portdrill.deck.Outcome;
import com.portdrill.progress.Review;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** What the journal says about when and how well the learner answered, by calendar day. */
final class Activity {
    private Activity() {
    }

    static Statistics.Totals totals(List<Review> reviews, Days days) {
        LocalDate today = days.today();
        int correct = 0;
        int answeredToday = 0;
        int correctToday = 0;
        for (Review r : reviews) {
            boolean right = r.outcome() == Outcome.CORRECT;
            boolean isToday = days.dateOf(r.at()).equals(today);
            correct += right ? 1 : 0;
            answeredToday += isToday ? 1 : 0;
            correctToday += right && isToday ? 1 : 0;
        }
        return new Statistics.Totals(reviews.size(), correct, answeredToday, correctToday);
    }

    /** Whole weeks from Monday, so that a calendar drawn by week starts on a full column. */
    static List<DayCount> perDay(List<Review> reviews, Days days) {
        LocalDate today = days.today();
        LocalDate first = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .minusWeeks(Statistics.HISTORY_WEEKS - 1L);
        int[] counts = new int[(int) ChronoUnit.DAYS.between(first, today) + 1];
        for (Review r : reviews) {
            long i = ChronoUnit.DAYS.between(first, days.dateOf(r.at()));
            if (i >= 0 && i < counts.length) {
                counts[(int) i]++;
            }
        }
        List<DayCount> out = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            out.add(new DayCount(first.plusDays(i), counts[i]));
        }
        return out;
    }

    /** A streak still stands on a day not yet studied: it ends only when a whole day passes without an answer. */
    static Statistics.Streak streak(List<Review> reviews, Days days) {
        LocalDate today = days.today();
        TreeSet<LocalDate> studied = new TreeSet<>();
        for (Review r : reviews) {
            LocalDate d = days.dateOf(r.at());
            if (!d.isAfter(today)) {
                studied.add(d);
            }
        }
        int current = 0;
        LocalDate day = studied.contains(today) ? today : today.minusDays(1);
        while (studied.contains(day)) {
            current++;
            day = day.minusDays(1);
        }
        int longest = 0;
        int run = 0;
        LocalDate previous = null;
        for (LocalDate d : studied) {
            run = previous != null && previous.plusDays(1).equals(d) ? run + 1 : 1;
            longest = Math.max(longest, run);
            previous = d;
        }
        return new Statistics.Streak(current, longest);
    }
}
