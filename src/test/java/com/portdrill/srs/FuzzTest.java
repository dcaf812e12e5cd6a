package com.portdrill.srs;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;

class FuzzTest {
    private static final Instant NOW = Instant.parse("2026-02-01T09:00:00Z");

    /** Expected values from ts-fsrs 5.4.2's exported get_fuzz_range(interval, elapsed, 36500). */
    @Test
    void rangeMatchesTsFsrs() {
        assertThat(FuzzRange.around(3, 0, 36500)).isEqualTo(new FuzzRange(2, 4));
        assertThat(FuzzRange.around(5, 5, 36500)).isEqualTo(new FuzzRange(4, 6));
        assertThat(FuzzRange.around(8, 0, 36500)).isEqualTo(new FuzzRange(6, 10));
        assertThat(FuzzRange.around(8, 20, 36500)).isEqualTo(new FuzzRange(6, 10));
        assertThat(FuzzRange.around(20, 3, 36500)).isEqualTo(new FuzzRange(17, 23));
        assertThat(FuzzRange.around(100, 50, 36500)).isEqualTo(new FuzzRange(93, 107));
        assertThat(FuzzRange.around(36500, 100, 36500)).isEqualTo(new FuzzRange(34673, 36500));
        assertThat(FuzzRange.around(36499, 10, 36500)).isEqualTo(new FuzzRange(34672, 36500));
        assertThat(FuzzRange.around(100, 5, 90)).isEqualTo(new FuzzRange(83, 90));
    }

    @Test
    void aFactorPicksEvenlyFromTheRange() {
        FuzzRange range = new FuzzRange(6, 10);
        assertThat(range.pick(0)).isEqualTo(6);
        assertThat(range.pick(0.2)).isEqualTo(7);
        assertThat(range.pick(Math.nextDown(1.0))).isEqualTo(10);
    }

    /** A new card rated Easy gets 8 days unfuzzed; fuzz spreads it over 6–10 days and reaches both ends. */
    @Test
    void fuzzedIntervalsStayInTheRangeAndCoverIt() {
        Scheduler fuzzed = new Scheduler(Parameters.defaults(), Fuzz.from(new SplittableRandom(7)));
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 500; i++) {
            seen.add(fuzzed.next(CardState.newCard(NOW), NOW, Rating.EASY).scheduledDays());
        }
        assertThat(new Scheduler(Parameters.defaults()).next(CardState.newCard(NOW), NOW, Rating.EASY).scheduledDays())
                .isEqualTo(8);
        assertThat(seen).containsExactlyInAnyOrder(6L, 7L, 8L, 9L, 10L);
    }

    @Test
    void reviewIntervalsStayInTheirRanges() {
        CardState card = new CardState(NOW, 100, 5, 0, 100, 0, 5, 0, State.REVIEW, NOW.minus(Duration.ofDays(100)));
        Scheduler exact = new Scheduler(Parameters.defaults());
        long good = exact.next(card, NOW, Rating.GOOD).scheduledDays();
        FuzzRange range = FuzzRange.around(good, 100, 36500);
        Scheduler fuzzed = new Scheduler(Parameters.defaults(), Fuzz.from(new SplittableRandom(1)));
        for (int i = 0; i < 200; i++) {
            CardState next = fuzzed.next(card, NOW, Rating.GOOD);
            assertThat(next.scheduledDays()).isBetween(range.min(), range.max());
            assertThat(next.due()).isEqualTo(NOW.plus(Duration.ofDays(next.scheduledDays())));
        }
    }

    @Test
    void theSameSeedGivesTheSameSchedule() {
        assertThat(schedule(Fuzz.from(new SplittableRandom(42)))).isEqualTo(schedule(Fuzz.from(new SplittableRandom(42))))
                .isNotEqualTo(schedule(Fuzz.from(new SplittableRandom(43))));
    }

    @Test
    void shortIntervalsAndLearningStepsDrawNothing() {
        CountingGenerator counting = new CountingGenerator();
        Scheduler scheduler = new Scheduler(Parameters.defaults(), Fuzz.from(counting));
        CardState learning = scheduler.next(CardState.newCard(NOW), NOW, Rating.GOOD);
        CardState graduated = scheduler.next(learning, learning.due(), Rating.GOOD);
        assertThat(graduated.scheduledDays()).isEqualTo(2);
        assertThat(counting.draws).isZero();
        scheduler.next(graduated, graduated.due(), Rating.GOOD);
        assertThat(counting.draws).as("one factor for the hard, good and easy intervals of a review").isEqualTo(1);
    }

    @Test
    void perReviewFuzzGivesTheSameDueDatesWhenReplayedFromAnyPoint() {
        Scheduler scheduler = new Scheduler(Parameters.defaults(), Fuzz.perReview(99));
        List<ReviewEvent> reviews = List.of(new ReviewEvent(NOW, Rating.EASY),
                new ReviewEvent(NOW.plus(Duration.ofDays(9)), Rating.GOOD),
                new ReviewEvent(NOW.plus(Duration.ofDays(40)), Rating.GOOD),
                new ReviewEvent(NOW.plus(Duration.ofDays(150)), Rating.HARD));
        CardState whole = scheduler.replay(CardState.newCard(NOW), reviews);
        CardState snapshot = scheduler.replay(CardState.newCard(NOW), reviews.subList(0, 2));
        assertThat(scheduler.replay(snapshot, reviews.subList(2, 4))).isEqualTo(whole);
        assertThat(new Scheduler(Parameters.defaults(), Fuzz.perReview(99)).replay(CardState.newCard(NOW), reviews))
                .isEqualTo(whole);
        assertThat(Fuzz.perReview(99).factor(snapshot, NOW)).isNotEqualTo(Fuzz.perReview(100).factor(snapshot, NOW));
    }

    private static List<CardState> schedule(Fuzz fuzz) {
        Scheduler scheduler = new Scheduler(Parameters.defaults(), fuzz);
        CardState card = CardState.newCard(NOW);
        Instant now = NOW;
        List<CardState> states = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            card = scheduler.next(card, now, i % 5 == 4 ? Rating.HARD : Rating.GOOD);
            states.add(card);
            now = card.due();
        }
        return states;
    }

    /** Counts the doubles drawn, to show when a factor is taken. */
    private static final class CountingGenerator implements RandomGenerator {
        private final SplittableRandom random = new SplittableRandom(3);
        private int draws;

        @Override
        public long nextLong() {
            return random.nextLong();
        }

        @Override
        public double nextDouble() {
            draws++;
            return random.nextDouble();
        }
    }
}
