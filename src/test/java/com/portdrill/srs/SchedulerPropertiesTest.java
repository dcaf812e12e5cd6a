package com.portdrill.srs;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * FSRS stays sane whatever the learner does: any ratings, any gaps from a second to a century, and a clock set
 * back between answers. Memory stays finite and inside ts-fsrs's clamps, and a card is never due before it was
 * reviewed.
 */
class SchedulerPropertiesTest {
    private static final long MINUTE = 60_000L;
    private static final long DAY = 86_400_000L;
    private static final Instant START = Instant.parse("2024-06-30T23:30:00Z");

    record Answer(Rating rating, long gapMs) {
    }

    @Property(tries = 500, seed = "20261124")
    void memoryStaysFiniteAndInBoundsAndDueNeverPrecedesTheReview(
            @ForAll("answers") @Size(min = 1, max = 40) List<Answer> answers, @ForAll("fuzzSeeds") Long fuzzSeed) {
        Scheduler scheduler = new Scheduler(Parameters.defaults(), fuzzSeed == null ? Fuzz.off() : Fuzz.perReview(fuzzSeed));
        Instant now = START;
        CardState card = CardState.newCard(now);
        for (Answer a : answers) {
            now = now.plusMillis(a.gapMs());
            Instant lastBefore = card.lastReview();
            CardState next = scheduler.next(card, now, a.rating());
            assertThat(Double.isFinite(next.stability()) && Double.isFinite(next.difficulty())).as("%s", next).isTrue();
            assertThat(next.difficulty()).isBetween(1.0, 10.0);
            assertThat(next.stability()).isBetween(MemoryModel.MIN_STABILITY, MemoryModel.MAX_STABILITY);
            assertThat(next.due()).isAfterOrEqualTo(now).isAfterOrEqualTo(next.lastReview());
            assertThat(next.elapsedDays()).isNotNegative();
            assertThat(next.scheduledDays()).isBetween(0L, 36500L);
            assertThat(next.reps()).isEqualTo(card.reps() + 1);
            if (lastBefore != null) {
                assertThat(next.lastReview()).isAfterOrEqualTo(lastBefore);
            }
            double r = scheduler.retrievability(next, now.plusMillis(Math.abs(a.gapMs())));
            assertThat(r).isBetween(0.0, 1.0);
            card = next;
        }
    }

    @Property(tries = 300, seed = "20261124")
    void aClockSetBackCountsAsASameDayReviewAtTheLastReviewsTime(
            @ForAll("answers") @Size(min = 1, max = 12) List<Answer> history, @ForAll("ratings") Rating rating,
            @ForAll("backwards") long backMs) {
        Scheduler scheduler = new Scheduler(Parameters.defaults());
        Instant now = START;
        CardState card = CardState.newCard(now);
        for (Answer a : history) {
            now = now.plusMillis(Math.abs(a.gapMs()));
            card = scheduler.next(card, now, a.rating());
        }
        CardState back = scheduler.next(card, card.lastReview().minusMillis(backMs), rating);
        assertThat(back).isEqualTo(scheduler.next(card, card.lastReview(), rating));
    }

    @Provide
    Arbitrary<List<Answer>> answers() {
        return Combinators.combine(ratings(), gaps()).as(Answer::new).list();
    }

    @Provide
    Arbitrary<Rating> ratings() {
        return Arbitraries.of(Rating.values());
    }

    /** Mostly forward, as study goes; sometimes a clock set back by minutes or by days. */
    private static Arbitrary<Long> gaps() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.longs().between(0, 30 * MINUTE)),
                Tuple.of(4, Arbitraries.longs().between(0, 400 * DAY)),
                Tuple.of(1, Arbitraries.longs().between(0, 100 * 365 * DAY)),
                Tuple.of(2, Arbitraries.longs().between(-30 * DAY, -1)));
    }

    @Provide
    Arbitrary<Long> backwards() {
        return Arbitraries.longs().between(1, 3650 * DAY);
    }

    @Provide
    Arbitrary<Long> fuzzSeeds() {
        return Arbitraries.longs().injectNull(0.3);
    }
}
