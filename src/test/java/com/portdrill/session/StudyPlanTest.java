package com.portdrill.session;

import com.portdrill.deck.Card;
import com.portdrill.deck.AnswerKind;
import com.portdrill.deck.Deck;
import com.portdrill.deck.Direction;
import com.portdrill.deck.Explanation;
import com.portdrill.catalogue.Verdict;
import com.portdrill.deck.Outcome;
import com.portdrill.journal.JournalLine;
import com.portdrill.srs.CardState;
import com.portdrill.srs.State;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static com.portdrill.session.Cards.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StudyPlanTest {
    private static final ZoneId UTC = ZoneOffset.UTC;

    private static CardState reviewed(Instant due) {
        return new CardState(due, 3, 5, 1, 3, 0, 2, 0, State.REVIEW, due.minusSeconds(86_400 * 3));
    }

    private static List<Card> cards(int n) {
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cards.add(Cards.p2s(100 + i, "svc" + i));
        }
        return cards;
    }

    @Test
    void dueCardsComeFirstByDueTimeThenNewCardsUpToTheLimit() {
        List<Card> c = cards(6);
        Map<String, CardState> states = new HashMap<>();
        states.put(c.get(4).id(), reviewed(T0.minusSeconds(10)));
        states.put(c.get(1).id(), reviewed(T0.minusSeconds(3600)));
        states.put(c.get(2).id(), reviewed(T0.plusSeconds(60)));
        StudyPlan plan = StudyPlan.of(new Deck("t", "", "", c), states, List.of(), 2, T0, UTC, new SplittableRandom(1));
        assertThat(plan.due()).containsExactly(c.get(1), c.get(4));
        assertThat(plan.fresh()).hasSize(2).isSubsetOf(c.get(0), c.get(3), c.get(5));
        assertThat(plan.cards().subList(0, 2)).containsExactly(c.get(1), c.get(4));
    }

    @Test
    void aCardDueExactlyNowIsDue() {
        List<Card> c = cards(1);
        StudyPlan plan = StudyPlan.of(new Deck("t", "", "", c), Map.of(c.get(0).id(), reviewed(T0)), List.of(), 0, T0, UTC,
                new SplittableRandom(1));
        assertThat(plan.due()).containsExactly(c.get(0));
    }

    @Test
    void newCardsAlreadyIntroducedTodayCountAgainstTheLimit() {
        List<Card> c = cards(8);
        Map<String, CardState> states = new HashMap<>();
        List<JournalLine> history = new ArrayList<>();
        // two cards first seen today, one first seen yesterday (reviewed again today: not new today)
        for (int i = 0; i < 3; i++) {
            states.put(c.get(i).id(), reviewed(T0.plusSeconds(86_400)));
        }
        history.add(Cards.review(c.get(0).id(), T0.minusSeconds(3600), Outcome.CORRECT));
        history.add(Cards.review(c.get(1).id(), T0.minusSeconds(60), Outcome.WRONG));
        history.add(Cards.review(c.get(2).id(), T0.minusSeconds(86_400), Outcome.CORRECT));
        history.add(Cards.review(c.get(2).id(), T0.minusSeconds(30), Outcome.CORRECT));
        history.add(Cards.review("not-in-this-deck", T0.minusSeconds(30), Outcome.CORRECT));
        StudyPlan plan = StudyPlan.of(new Deck("t", "", "", c), states, history, 5, T0, UTC, new SplittableRandom(1));
        assertThat(plan.newToday()).isEqualTo(2);
        assertThat(plan.fresh()).hasSize(3).isSubsetOf(c.subList(3, 8));
        assertThat(StudyPlan.of(new Deck("t", "", "", c), states, history, 2, T0, UTC, new SplittableRandom(1)).fresh()).isEmpty();
    }

    @Test
    void todayIsTheLearnersDayNotUtcs() {
        List<Card> c = cards(3);
        // Now is 10:00 UTC and the card was first seen at 09:00 UTC: the same day in UTC+13 and UTC-9, but
        // in UTC+14 and UTC-10 midnight fell in between, so it was introduced the day before.
        List<JournalLine> history = List.of(Cards.review(c.get(0).id(), T0.minusSeconds(3600), Outcome.CORRECT));
        Map<String, CardState> states = Map.of(c.get(0).id(), reviewed(T0.plusSeconds(86_400)));
        Deck d = new Deck("t", "", "", c);
        assertThat(StudyPlan.of(d, states, history, 2, T0, ZoneOffset.ofHours(13), new SplittableRandom(1)).fresh()).hasSize(1);
        assertThat(StudyPlan.of(d, states, history, 2, T0, ZoneOffset.ofHours(-9), new SplittableRandom(1)).fresh()).hasSize(1);
        assertThat(StudyPlan.of(d, states, history, 2, T0, ZoneOffset.ofHours(14), new SplittableRandom(1)).fresh()).hasSize(2);
        assertThat(StudyPlan.of(d, states, history, 2, T0, ZoneOffset.ofHours(-10), new SplittableRandom(1)).fresh()).hasSize(2);
    }

    @Test
    void newCardsComeInAnOrderTheSeedDraws() {
        List<Card> c = cards(12);
        Deck d = new Deck("t", "", "", c);
        List<Card> one = StudyPlan.of(d, Map.of(), List.of(), 12, T0, UTC, new SplittableRandom(1)).fresh();
        List<Card> again = StudyPlan.of(d, Map.of(), List.of(), 12, T0, UTC, new SplittableRandom(1)).fresh();
        List<Card> other = StudyPlan.of(d, Map.of(), List.of(), 12, T0, UTC, new SplittableRandom(2)).fresh();
        assertThat(one).containsExactlyInAnyOrderElementsOf(c).isEqualTo(again).isNotEqualTo(other).isNotEqualTo(c);
    }

    @Test
    void siblingsAreNeverAskedTheSameDay() {
        Card p20 = Cards.p2s(20, "FTP data");
        Card p21 = Cards.p2s(21, "FTP");
        Card ftp = new Card("s2p:20,21", Direction.SERVICE_TO_PORT, "FTP?", "FTP？", AnswerKind.PORTS, List.of(20, 21),
                List.of(), List.of(), new Explanation(List.of(20, 21), "FTP", null, null, Set.of(), "", Verdict.AGREES,
                null, null, null, null));
        Card s22 = Cards.s2p(22, "SSH");
        Card p22 = Cards.p2s(22, "SSH");
        Card p23 = Cards.p2s(23, "Telnet");
        Deck d = Cards.deck(p20, p21, ftp, s22, p22, p23);
        for (long seed = 1; seed <= 20; seed++) {
            List<Card> fresh = StudyPlan.of(d, Map.of(), List.of(), 10, T0, UTC, new SplittableRandom(seed)).fresh();
            assertThat(fresh).as("seed %d", seed).hasSize(3);
            assertThat(fresh.stream().filter(x -> List.of(p20, p21, ftp).contains(x))).hasSize(1);
            assertThat(fresh.stream().filter(x -> List.of(s22, p22).contains(x))).hasSize(1);
        }
        // a sibling answered earlier today buries the family until tomorrow
        List<JournalLine> today = List.of(Cards.review(p22.id(), T0.minusSeconds(600), Outcome.CORRECT));
        Map<String, CardState> states = Map.of(p22.id(), reviewed(T0.plusSeconds(86_400 * 3)));
        assertThat(StudyPlan.of(d, states, today, 10, T0, UTC, new SplittableRandom(3)).fresh())
                .doesNotContain(s22).contains(p23);
        assertThat(StudyPlan.of(d, states, today, 10, T0.plusSeconds(86_400), UTC, new SplittableRandom(3)).fresh())
                .contains(s22);
    }

    @Test
    void aNegativeLimitIsRefused() {
        assertThatThrownBy(() -> StudyPlan.of(Cards.deck(), Map.of(), List.of(), -1, T0, UTC, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
