package com.portdrill.stats;

import com.portdrill.catalogue.Verdict;
import com.portdrill.deck.AnswerKind;
import com.portdrill.deck.Card;
import com.portdrill.deck.Direction;
import com.portdrill.deck.Explanation;
import com.portdrill.journal.JournalLine;
import com.portdrill.session.AnswerMode;
import com.portdrill.session.QuizResult;
import com.portdrill.srs.CardState;
import com.portdrill.srs.Rating;
import com.portdrill.srs.State;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.portdrill.stats.Fixtures.NOW;
import static com.portdrill.stats.Fixtures.compute;
import static com.portdrill.stats.Fixtures.portCard;
import static com.portdrill.stats.Fixtures.regrade;
import static com.portdrill.stats.Fixtures.review;
import static com.portdrill.stats.Fixtures.serviceCard;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StatisticsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    private static final List<Card> DECK = List.of(portCard(80, "HTTP"), serviceCard(80, "HTTP"),
            portCard(443, "HTTPS"), serviceCard(22, "SSH"), portCard(21, "FTP"), portCard(25, "SMTP"));

    /**
     * s2p:80 reaches review at once (Easy), passes, lapses, relearns, passes again just after local midnight;
     * s2p:443 reaches review a minute before the 30-day window and passes on its first instant; p2s:22 is on its
     * learning steps today; s2p:21 was last answered in September, long overdue.
     */
    private static final List<JournalLine> JOURNAL = List.of(
            review("s2p:21", "2026-09-01T02:00:00Z", Rating.EASY),
            review("s2p:21", "2026-09-20T02:00:00Z", Rating.GOOD),
            review("s2p:80", "2026-10-01T02:00:00Z", Rating.EASY),
            review("s2p:443", "2026-10-25T15:59:00Z", Rating.EASY),
            review("s2p:443", "2026-10-25T16:00:00Z", Rating.HARD),
            review("s2p:80", "2026-11-01T02:00:00Z", Rating.GOOD),
            review("s2p:80", "2026-11-20T02:00:00Z", Rating.AGAIN),
            review("s2p:80", "2026-11-20T02:10:00Z", Rating.GOOD),
            review("s2p:80", "2026-11-23T16:30:00Z", Rating.GOOD),
            review("p2s:22", "2026-11-24T01:00:00Z", Rating.GOOD),
            review("p2s:22", "2026-11-24T01:01:00Z", Rating.AGAIN));

    @Test
    void emptyProgressHasEveryDeckCardNewAndNothingElse() {
        Statistics s = compute(List.of(), DECK);
        assertThat(s.today()).isEqualTo(TODAY);
        assertThat(s.totals()).isEqualTo(new Statistics.Totals(0, 0, 0, 0));
        assertThat(s.totals().correctShare()).isEmpty();
        assertThat(s.streak()).isEqualTo(new Statistics.Streak(0, 0));
        assertThat(s.reviewsPerDay()).hasSize(11 * 7 + 2).allMatch(d -> d.count() == 0);
        assertThat(s.retention().reviews()).isZero();
        assertThat(s.retention().trueRetention()).isEmpty();
        assertThat(s.retention().target()).isEqualTo(0.9);
        assertThat(s.cardsByState()).isEqualTo(new Statistics.CardsByState(6, 0, 0, 0));
        assertThat(s.dueForecast()).hasSize(30).allMatch(d -> d.count() == 0);
        assertThat(s.weakest()).isEmpty();
        assertThat(s.quizBests()).isEmpty();
    }

    @Test
    void theCalendarRunsFromAMondayElevenWeeksBackThroughTodayInTheLearnersZone() {
        Statistics s = compute(JOURNAL, DECK);
        List<DayCount> days = s.reviewsPerDay();
        assertThat(days.get(0).date()).isEqualTo(LocalDate.of(2026, 9, 7)).matches(d -> d.getDayOfWeek().getValue() == 1);
        assertThat(days.get(days.size() - 1).date()).isEqualTo(TODAY);
        // 16:30 UTC on the 23rd is half past midnight on the 24th in Shanghai.
        assertThat(count(days, TODAY)).isEqualTo(3);
        assertThat(count(days, TODAY.minusDays(1))).isZero();
        assertThat(count(days, LocalDate.of(2026, 11, 20))).isEqualTo(2);
        // 15:59 UTC on 25 October is still the 25th there; 16:00 is the 26th.
        assertThat(count(days, LocalDate.of(2026, 10, 25))).isEqualTo(1);
        assertThat(count(days, LocalDate.of(2026, 10, 26))).isEqualTo(1);
        assertThat(days.stream().mapToInt(DayCount::count).sum()).isEqualTo(JOURNAL.size() - 1);
    }

    @Test
    void theDayBoundaryFollowsTheZoneNotUtc() {
        Statistics utc = Statistics.compute(new StatisticsInput(JOURNAL, Fixtures.fold(JOURNAL), DECK, List.of(),
                Fixtures.FSRS, 0.9, NOW, ZoneOffset.UTC));
        assertThat(count(utc.reviewsPerDay(), TODAY)).isEqualTo(2);
        assertThat(count(utc.reviewsPerDay(), TODAY.minusDays(1))).isEqualTo(1);
        assertThat(utc.totals().today()).isEqualTo(2);
    }

    @Test
    void aDayOfTwentyFiveHoursIsOneDay() {
        // Berlin leaves summer time on 25 October 2026: that day runs from 22:00 UTC on the 24th to 23:00 UTC.
        List<JournalLine> journal = List.of(
                review("s2p:80", "2026-10-24T21:59:00Z", Rating.GOOD),
                review("s2p:80", "2026-10-24T22:00:00Z", Rating.GOOD),
                review("s2p:80", "2026-10-25T22:59:00Z", Rating.GOOD),
                review("s2p:80", "2026-10-25T23:00:00Z", Rating.GOOD));
        Statistics s = Statistics.compute(new StatisticsInput(journal, Fixtures.fold(journal), DECK, List.of(),
                Fixtures.FSRS, 0.9, NOW, java.time.ZoneId.of("Europe/Berlin")));
        assertThat(count(s.reviewsPerDay(), LocalDate.of(2026, 10, 24))).isEqualTo(1);
        assertThat(count(s.reviewsPerDay(), LocalDate.of(2026, 10, 25))).isEqualTo(2);
        assertThat(count(s.reviewsPerDay(), LocalDate.of(2026, 10, 26))).isEqualTo(1);
        assertThat(s.streak().longest()).isEqualTo(3);
    }

    @Test
    void totalsCountEveryAnswerAndTodaysInTheLearnersDay() {
        Statistics.Totals t = compute(JOURNAL, DECK).totals();
        assertThat(t).isEqualTo(new Statistics.Totals(11, 8, 3, 2));
        assertThat(t.correctShare()).hasValueCloseTo(8 / 11.0, within(1e-12));
        assertThat(t.correctShareToday()).hasValueCloseTo(2 / 3.0, within(1e-12));
    }

    @Test
    void trueRetentionCountsOnlyAnswersToCardsInReviewWithinTheLastThirtyDays() {
        Statistics.Retention r = compute(JOURNAL, DECK).retention();
        // Counted: 80 on 1 Nov (Good), 20 Nov (Again, a lapse), 23 Nov (Good); 443 at the window's first instant
        // (Hard). Not counted: first answers, the relearning step, the learning steps, anything before 26 Oct.
        assertThat(r).isEqualTo(new Statistics.Retention(4, 3, 0.9, 30));
        assertThat(r.trueRetention()).hasValueCloseTo(0.75, within(1e-12));
    }

    @Test
    void aLapseMovesTheCardToRelearningAndCountsAsForgotten() {
        List<JournalLine> lapsed = JOURNAL.subList(2, 7);
        Statistics s = compute(lapsed, DECK);
        assertThat(s.cardsByState().relearning()).isEqualTo(1);
        assertThat(s.retention()).isEqualTo(new Statistics.Retention(3, 2, 0.9, 30));
        assertThat(s.weakest()).filteredOn(w -> w.cardId().equals("s2p:80"))
                .singleElement().matches(w -> w.lapses() == 1 && w.state() == State.RELEARNING);
    }

    @Test
    void cardsByStateCountNeverAnsweredDeckCardsAsNew() {
        Statistics.CardsByState c = compute(JOURNAL, DECK).cardsByState();
        // Review: 21, 80, 443. Learning: 22 (Good then Again on its steps). New: 80→service, 25.
        assertThat(c).isEqualTo(new Statistics.CardsByState(2, 1, 3, 0));
        assertThat(c.of(State.NEW)).isEqualTo(2);
        assertThat(c.of(State.REVIEW)).isEqualTo(3);
        assertThat(c.total()).isEqualTo(6);
    }

    @Test
    void cardsNoDeckHoldsStillCountByTheirStateButAreNotNamed() {
        List<JournalLine> journal = List.of(review("gone:1", "2026-11-24T01:00:00Z", Rating.EASY));
        Statistics s = compute(journal, DECK);
        assertThat(s.cardsByState()).isEqualTo(new Statistics.CardsByState(6, 0, 1, 0));
        assertThat(s.weakest()).isEmpty();
    }

    @Test
    void theForecastCountsOverdueCardsTodayAndStopsAfterThirtyDays() {
        Map<String, CardState> states = Map.of(
                "s2p:21", due("2026-10-01T00:00:00Z", State.REVIEW, 0),
                "s2p:80", due("2026-11-24T15:59:00Z", State.REVIEW, 0),   // 23:59 today in Shanghai
                "s2p:443", due("2026-11-24T16:00:00Z", State.REVIEW, 0),  // 00:00 tomorrow
                "p2s:22", due("2026-11-24T12:10:00Z", State.LEARNING, 0),
                "s2p:25", due("2026-12-23T15:00:00Z", State.REVIEW, 0),   // day 29: the last one shown
                "p2s:80", due("2026-12-24T15:00:00Z", State.REVIEW, 0));  // day 30: beyond
        List<DayCount> f = compute(List.of(), states, DECK, List.of()).dueForecast();
        assertThat(f).hasSize(30);
        assertThat(f.get(0)).isEqualTo(new DayCount(TODAY, 3));
        assertThat(f.get(1)).isEqualTo(new DayCount(TODAY.plusDays(1), 1));
        assertThat(f.get(29)).isEqualTo(new DayCount(TODAY.plusDays(29), 1));
        assertThat(f.stream().mapToInt(DayCount::count).sum()).isEqualTo(5);
    }

    @Test
    void weakestAreTheLeastRetrievableThenTheMostLapsedDeckCards() {
        Map<String, CardState> states = Map.of(
                "s2p:21", reviewed("2026-09-01T00:00:00Z", 5, 0),   // long ago, low stability: weakest
                "s2p:80", reviewed("2026-11-20T00:00:00Z", 5, 2),
                "s2p:443", reviewed("2026-11-20T00:00:00Z", 5, 3),  // same recall as 80, more lapses: first
                "p2s:22", reviewed("2026-11-24T00:00:00Z", 50, 0));
        List<Statistics.WeakCard> weakest = compute(List.of(), states, DECK, List.of()).weakest();
        assertThat(weakest).extracting(Statistics.WeakCard::cardId).containsExactly("s2p:21", "s2p:443", "s2p:80", "p2s:22");
        Statistics.WeakCard first = weakest.get(0);
        assertThat(first.ports()).containsExactly(21);
        assertThat(first.service()).isEqualTo("FTP");
        assertThat(first.answer()).isEqualTo("21");
        assertThat(first.direction()).isEqualTo(Direction.SERVICE_TO_PORT);
        assertThat(first.retrievability()).isEqualTo(Fixtures.FSRS.retrievability(states.get("s2p:21"), NOW));
        assertThat(weakest.get(3).answer()).isEqualTo("SSH");
        assertThat(weakest.get(3).retrievability()).isGreaterThan(weakest.get(2).retrievability());
    }

    @Test
    void theWeakestNameTheServiceTheCardTeachesNotTheDocumentsClaim() {
        Card wrongDocument = new Card("s2p:110", Direction.SERVICE_TO_PORT, "POP3?", "POP3？",
                AnswerKind.PORTS, List.of(110), List.of(), List.of(),
                new Explanation(List.of(110), "SUN's RPC services all ports", null, null, Set.of(), "",
                        Verdict.DISAGREES, null, null, null, null));
        Card nullDocument = new Card("p2s:20", Direction.PORT_TO_SERVICE, "20?", "20？",
                AnswerKind.SERVICE, List.of(), List.of("FTP data"), List.of(),
                new Explanation(List.of(20), null, null, null, Set.of(), "",
                        Verdict.AGREES, null, null, null, null));
        List<Card> cards = List.of(wrongDocument, serviceCard(110, "POP3"), nullDocument);
        Map<String, CardState> states = Map.of("s2p:110", reviewed("2026-09-01T00:00:00Z", 5, 0),
                "p2s:20", reviewed("2026-09-01T00:00:00Z", 5, 1));
        List<Statistics.WeakCard> weakest = compute(List.of(), states, cards, List.of()).weakest();
        assertThat(weakest).extracting(Statistics.WeakCard::service).containsExactlyInAnyOrder("POP3", "FTP data");
    }

    @Test
    void aCardMissedThreeTimesTodayIsAmongTheWeakestThoughItsRecallIsHighRightAfter() {
        List<JournalLine> today = new ArrayList<>(List.of(
                review("s2p:21", "2026-11-24T11:00:00Z", Rating.AGAIN),
                review("s2p:21", "2026-11-24T11:01:00Z", Rating.AGAIN),
                review("s2p:21", "2026-11-24T11:02:00Z", Rating.AGAIN),
                review("s2p:21", "2026-11-24T11:59:00Z", Rating.GOOD),
                review("p2s:22", "2026-11-01T00:00:00Z", Rating.GOOD)));
        Statistics s = compute(today, DECK);
        Statistics.WeakCard first = s.weakest().get(0);
        assertThat(first.cardId()).isEqualTo("s2p:21");
        assertThat(first.missesToday()).isEqualTo(3);
        assertThat(first.retrievability()).isGreaterThan(s.weakest().get(1).retrievability());
        assertThat(String.join("\n", com.portdrill.chart.StatisticsView.weakest(s, 80, com.portdrill.i18n.Lang.EN)))
                .contains("3× today").contains("FTP → 21");
    }

    @Test
    void atMostTenWeakestAreShown() {
        List<Card> many = new java.util.ArrayList<>();
        Map<String, CardState> states = new java.util.HashMap<>();
        for (int port = 1; port <= 15; port++) {
            many.add(portCard(port, "S" + port));
            states.put("s2p:" + port, reviewed("2026-11-01T00:00:00Z", port, 0));
        }
        List<Statistics.WeakCard> weakest = compute(List.of(), states, many, List.of()).weakest();
        assertThat(weakest).hasSize(10).extracting(Statistics.WeakCard::cardId).startsWith("s2p:1", "s2p:2").endsWith("s2p:10");
    }

    @Test
    void theStreakEndsTodayOrYesterdayAndTheLongestIsKept() {
        List<JournalLine> journal = List.of(
                review("s2p:80", "2026-11-01T02:00:00Z", Rating.GOOD),
                review("s2p:80", "2026-11-02T02:00:00Z", Rating.GOOD),
                review("s2p:80", "2026-11-03T02:00:00Z", Rating.GOOD),
                review("s2p:80", "2026-11-04T02:00:00Z", Rating.GOOD),
                review("s2p:80", "2026-11-22T02:00:00Z", Rating.GOOD),
                review("s2p:80", "2026-11-23T02:00:00Z", Rating.GOOD));
        assertThat(compute(journal, DECK).streak()).isEqualTo(new Statistics.Streak(2, 4));
        List<JournalLine> withToday = new java.util.ArrayList<>(journal);
        withToday.add(review("s2p:80", "2026-11-23T16:00:00Z", Rating.GOOD)); // midnight in Shanghai
        assertThat(compute(withToday, DECK).streak()).isEqualTo(new Statistics.Streak(3, 4));
        List<JournalLine> broken = journal.subList(0, 5);
        assertThat(compute(broken, DECK).streak()).isEqualTo(new Statistics.Streak(0, 4));
    }

    @Test
    void quizBestsGrowPerDeckLengthAndModeInTheOrderTaken() {
        List<QuizResult> quizzes = List.of(
                quiz("well-known", 60, AnswerMode.TYPED, "2026-11-03T10:00:00Z", 7),
                quiz("well-known", 60, AnswerMode.TYPED, "2026-11-01T10:00:00Z", 5),
                quiz("well-known", 60, AnswerMode.TYPED, "2026-11-05T10:00:00Z", 6),
                quiz("well-known", 60, AnswerMode.CHOICE, "2026-11-02T10:00:00Z", 12),
                quiz("all", 120, AnswerMode.TYPED, "2026-11-02T10:00:00Z", 9));
        List<Statistics.QuizSeries> series = compute(List.of(), Map.of(), DECK, quizzes).quizBests();
        assertThat(series).extracting(Statistics.QuizSeries::deck, Statistics.QuizSeries::mode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("all", AnswerMode.TYPED),
                        org.assertj.core.groups.Tuple.tuple("well-known", AnswerMode.TYPED),
                        org.assertj.core.groups.Tuple.tuple("well-known", AnswerMode.CHOICE));
        Statistics.QuizSeries typed = series.get(1);
        assertThat(typed.points()).extracting(Statistics.QuizPoint::score).containsExactly(5, 7, 6);
        assertThat(typed.points()).extracting(Statistics.QuizPoint::best).containsExactly(5, 7, 7);
        assertThat(typed.best()).isEqualTo(7);
        assertThat(typed.points().get(0).finishedAt()).isEqualTo(Instant.parse("2026-11-01T10:00:00Z"));
    }

    @Test
    void aRegradeReplacesTheAnswerItChanges() {
        List<JournalLine> journal = List.of(
                review("s2p:80", "2026-11-10T02:00:00Z", Rating.EASY),
                review("s2p:80", "2026-11-20T02:00:00Z", Rating.AGAIN),
                regrade(review("s2p:80", "2026-11-20T02:00:00Z", Rating.GOOD)),
                review("s2p:443", "2026-11-20T02:00:00Z", Rating.GOOD));
        Statistics s = compute(journal, Map.of(), DECK, List.of());
        assertThat(s.totals()).isEqualTo(new Statistics.Totals(3, 3, 0, 0));
        assertThat(count(s.reviewsPerDay(), LocalDate.of(2026, 11, 20))).isEqualTo(2);
        // Changed to Good, the answer on the 20th is a pass, not a lapse.
        assertThat(s.retention()).isEqualTo(new Statistics.Retention(1, 1, 0.9, 30));
    }

    @Test
    void aClockSetBackBetweenTwoAnswersDoesNotStopTheFigures() {
        List<JournalLine> journal = List.of(
                review("s2p:80", "2026-11-20T02:00:00Z", Rating.EASY),
                review("s2p:80", "2026-11-19T02:00:00Z", Rating.GOOD));
        Statistics s = compute(journal, Map.of(), DECK, List.of());
        assertThat(s.retention()).isEqualTo(new Statistics.Retention(1, 1, 0.9, 30));
    }

    private static int count(List<DayCount> days, LocalDate date) {
        return days.stream().filter(d -> d.date().equals(date)).mapToInt(DayCount::count).sum();
    }

    private static CardState due(String due, State state, int lapses) {
        Instant at = Instant.parse(due);
        return new CardState(at, 5, 5, 0, 0, 0, 3, lapses, state, at.minusSeconds(86_400));
    }

    private static CardState reviewed(String last, double stability, int lapses) {
        Instant at = Instant.parse(last);
        return new CardState(at.plusSeconds(86_400L * 10), stability, 5, 0, 10, 0, 3, lapses, State.REVIEW, at);
    }

    private static QuizResult quiz(String deck, int seconds, AnswerMode mode, String at, int correct) {
        return new QuizResult(deck, seconds, mode, Instant.parse(at), correct + 2, correct, 1);
    }
}
