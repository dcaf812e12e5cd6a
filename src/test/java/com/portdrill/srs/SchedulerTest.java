package com.portdrill.srs;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchedulerTest {
    private final Scheduler scheduler = new Scheduler(Parameters.defaults());

    /**
     * py-fsrs's tests/test_basic.py (test_review_card): Good ×6, Again ×2, Good ×5, each at the due time, from
     * 2022-11-29 12:30 UTC without fuzz, give these whole days between review and due.
     */
    @Test
    void reproducesPyFsrsPublishedIntervals() {
        Instant now = Instant.parse("2022-11-29T12:30:00Z");
        CardState card = CardState.newCard(now);
        List<Long> intervals = new ArrayList<>();
        for (String grade : "GGGGGGAAGGGGG".split("")) {
            card = scheduler.next(card, now, grade.equals("G") ? Rating.GOOD : Rating.AGAIN);
            intervals.add(Duration.between(now, card.due()).toDays());
            now = card.due();
        }
        assertThat(intervals).containsExactly(0L, 2L, 11L, 46L, 163L, 498L, 0L, 0L, 2L, 4L, 7L, 12L, 21L);
    }

    @Test
    void aNewCardRatedGoodGoesToTheSecondLearningStep() {
        Instant now = Instant.parse("2026-03-01T08:00:00Z");
        CardState card = scheduler.next(CardState.newCard(now), now, Rating.GOOD);
        assertThat(card).isEqualTo(new CardState(now.plusSeconds(600), 2.3065, 2.11810397, 0, 0, 1, 1, 0,
                State.LEARNING, now));
    }

    @Test
    void aLapseCountsAndGoesToRelearning() {
        Instant now = Instant.parse("2026-03-01T08:00:00Z");
        CardState card = scheduler.next(CardState.newCard(now), now, Rating.EASY);
        assertThat(card.state()).isEqualTo(State.REVIEW);
        CardState lapsed = scheduler.next(card, card.due(), Rating.AGAIN);
        assertThat(lapsed.state()).isEqualTo(State.RELEARNING);
        assertThat(lapsed.lapses()).isEqualTo(1);
        assertThat(lapsed.due()).isEqualTo(card.due().plusSeconds(600));
    }

    /** ts-fsrs with learning steps 1d and 3d and no relearning steps, from 2026-01-01 23:59 UTC. */
    @Test
    void stepsOfDaysAndNoRelearningStepsScheduleInDays() {
        Parameters p = new Parameters(Parameters.DEFAULT_WEIGHTS, 0.9, 36500, true,
                List.of(Duration.ofDays(1), Duration.ofDays(3)), List.of());
        Scheduler longSteps = new Scheduler(p);
        Instant now = Instant.parse("2026-01-01T23:59:00Z");
        CardState card = longSteps.next(CardState.newCard(now), now, Rating.GOOD);
        assertThat(card).isEqualTo(new CardState(Instant.parse("2026-01-04T23:59:00Z"), 2.3065, 2.11810397, 0, 3, 1, 1, 0,
                State.REVIEW, now));
        card = longSteps.next(card, card.due(), Rating.GOOD);
        assertThat(card.scheduledDays()).isEqualTo(14);
        card = longSteps.next(card, card.due(), Rating.AGAIN);
        assertThat(card).isEqualTo(new CardState(Instant.parse("2026-01-20T23:59:00Z"), 1.72636178, 7.39223814, 14, 2, 0, 3, 1,
                State.REVIEW, Instant.parse("2026-01-18T23:59:00Z")));
    }

    @Test
    void replayIsTheFoldOfNext() {
        Instant t0 = Instant.parse("2026-05-01T10:00:00Z");
        List<ReviewEvent> reviews = List.of(new ReviewEvent(t0, Rating.GOOD),
                new ReviewEvent(t0.plusSeconds(700), Rating.GOOD), new ReviewEvent(t0.plus(Duration.ofDays(3)), Rating.HARD),
                new ReviewEvent(t0.plus(Duration.ofDays(9)), Rating.AGAIN));
        CardState folded = CardState.newCard(t0);
        for (ReviewEvent r : reviews) {
            folded = scheduler.next(folded, r.at(), r.rating());
        }
        assertThat(scheduler.replay(CardState.newCard(t0), reviews)).isEqualTo(folded);
        assertThat(scheduler.replay(CardState.newCard(t0), List.of())).isEqualTo(CardState.newCard(t0));
    }

    @Test
    void elapsedDaysCountCalendarDaysInUtc() {
        assertThat(Scheduler.calendarDaysBetween(Instant.parse("2026-01-01T23:59:00Z"), Instant.parse("2026-01-02T00:01:00Z")))
                .isEqualTo(1);
        assertThat(Scheduler.calendarDaysBetween(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-01-01T23:59:59Z")))
                .isZero();
        assertThat(Scheduler.calendarDaysBetween(Instant.parse("1969-12-31T23:00:00Z"), Instant.parse("1970-01-01T01:00:00Z")))
                .isEqualTo(1);
    }

    @Test
    void retrievabilityIsZeroForANewCardAndCountsWholeDaysSinceTheLastReview() {
        Instant now = Instant.parse("2026-01-01T12:00:00Z");
        assertThat(scheduler.retrievability(CardState.newCard(now), now)).isZero();
        CardState card = new CardState(now, 10, 5, 0, 10, 0, 3, 0, State.REVIEW, now);
        assertThat(scheduler.retrievability(card, now.plus(Duration.ofDays(10)))).isEqualTo(0.9);
        assertThat(scheduler.retrievability(card, now.plus(Duration.ofDays(10)).minusMillis(1)))
                .isEqualTo(scheduler.retrievability(card, now.plus(Duration.ofDays(9))));
        assertThat(scheduler.retrievability(card, now.minusSeconds(60))).isEqualTo(1.0);
    }

    @Test
    void timesCountInWholeMillisecondsAsInTsFsrs() {
        Instant now = Instant.parse("2026-01-01T12:00:00.123456789Z");
        CardState card = scheduler.next(CardState.newCard(now), now, Rating.AGAIN);
        assertThat(card.lastReview()).isEqualTo(Instant.parse("2026-01-01T12:00:00.123Z"));
        assertThat(card.due()).isEqualTo(Instant.parse("2026-01-01T12:01:00.123Z"));
    }

    @Test
    void aReviewBeforeTheLastOneCountsAsASameDayReviewAtTheLastOnesTime() {
        Instant now = Instant.parse("2026-01-02T12:00:00Z");
        CardState card = scheduler.next(CardState.newCard(now), now, Rating.GOOD);
        CardState afterClockSetBack = scheduler.next(card, now.minus(Duration.ofDays(1)), Rating.GOOD);
        assertThat(afterClockSetBack).isEqualTo(scheduler.next(card, now, Rating.GOOD));
        assertThat(afterClockSetBack.lastReview()).isEqualTo(now);
    }

    @Test
    void refusesAMemoryStateFsrsCannotProduce() {
        Instant now = Instant.parse("2026-01-02T12:00:00Z");
        CardState bad = new CardState(now, 5, 0.5, 0, 5, 0, 2, 0, State.REVIEW, now.minus(Duration.ofDays(5)));
        assertThatThrownBy(() -> scheduler.next(bad, now, Rating.GOOD)).isInstanceOf(IllegalArgumentException.class);
    }
}
