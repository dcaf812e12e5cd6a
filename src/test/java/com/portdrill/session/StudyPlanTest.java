package com.portdrill.session;

import com.portdrill.deck.Card;
import com.portdrill.deck.Deck;
import com.portdrill.deck.Outcome;
import com.portdrill.progress.Review;
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
        StudyPlan plan = StudyPlan.of(new Deck("t", "", "", c), states, List.of(), 2, T0, UTC);
        assertThat(plan.due()).containsExactly(c.get(1), c.get(4));
        assertThat(plan.fresh()).containsExactly(c.get(0), c.get(3));
        assertThat(plan.cards()).containsExactly(c.get(1), c.get(4), c.get(0), c.get(3));
    }

    @Test
    void aCardDueExactlyNowIsDue() {
        List<Card> c = cards(1);
        StudyPlan plan = StudyPlan.of(new Deck("t", "", "", c), Map.of(c.get(0).id(), reviewed(T0)), List.of(), 0, T0, UTC);
        assertThat(plan.due()).containsExactly(c.get(0));
    }

    @Test
    void newCardsAlreadyIntroducedTodayCountAgainstTheLimit() {
        List<Card> c = cards(8);
        Map<String, CardState> states = new HashMap<>();
        List<Review> history = new ArrayList<>();
        // two cards first seen today, one first seen yesterday (reviewed again today: not new today)
        for (int i = 0; i < 3; i++) {
            states.put(c.get(i).id(), reviewed(T0.plusSeconds(86_400)));
        }
        history.add(Cards.review(c.get(0).id(), T0.minusSeconds(3600), Outcome.CORRECT));
        history.add(Cards.review(c.get(1).id(), T0.minusSeconds(60), Outcome.WRONG));
        history.add(Cards.review(c.get(2).id(), T0.minusSeconds(86_400), Outcome.CORRECT));
        history.add(Cards.review(c.get(2).id(), T0.minusSeconds(30), Outcome.CORRECT));
        history.add(Cards.review("not-in-this-deck", T0.minusSeconds(30), Outcome.CORRECT));
        StudyPlan plan = StudyPlan.of(new Deck("t", "", "", c), states, history, 5, T0, UTC);
        assertThat(plan.newToday()).isEqualTo(2);
        assertThat(plan.fresh()).containsExactly(c.get(3), c.get(4), c.get(5));
        assertThat(StudyPlan.of(new Deck("t", "", "", c), states, history, 2, T0, UTC).fresh()).isEmpty();
    }

    @Test
    void todayIsTheLearnersDayNotUtcs() {
        List<Card> c = cards(3);
        // Now is 10:00 UTC and the card was first seen at 09:00 UTC: the same day in UTC+13 and UTC-9, but
        // in UTC+14 and UTC-10 midnight fell in between, so it was introduced the day before.
        List<Review> history = List.of(Cards.review(c.get(0).id(), T0.minusSeconds(3600), Outcome.CORRECT));
        Map<String, CardState> states = Map.of(c.get(0).id(), reviewed(T0.plusSeconds(86_400)));
        Deck d = new Deck("t", "", "", c);
        assertThat(StudyPlan.of(d, states, history, 2, T0, ZoneOffset.ofHours(13)).fresh()).hasSize(1);
        assertThat(StudyPlan.of(d, states, history, 2, T0, ZoneOffset.ofHours(-9)).fresh()).hasSize(1);
        assertThat(StudyPlan.of(d, states, history, 2, T0, ZoneOffset.ofHours(14)).fresh()).hasSize(2);
        assertThat(StudyPlan.of(d, states, history, 2, T0, ZoneOffset.ofHours(-10)).fresh()).hasSize(2);
    }

    @Test
    void newCardsTakeOnePerPortBeforeASecondCardOfTheSamePort() {
        Card p21 = Cards.p2s(21, "FTP");
        Card s21 = Cards.s2p(21, "FTP");
        Card p22 = Cards.p2s(22, "SSH");
        Card s22 = Cards.s2p(22, "SSH");
        Card p23 = Cards.p2s(23, "Telnet");
        StudyPlan plan = StudyPlan.of(Cards.deck(p21, s21, p22, s22, p23), Map.of(), List.of(), 10, T0, UTC);
        assertThat(plan.fresh()).containsExactly(p21, p22, p23, s21, s22);
    }

    @Test
    void aNegativeLimitIsRefused() {
        assertThatThrownBy(() -> StudyPlan.of(Cards.deck(), Map.of(), List.of(), -1, T0, UTC))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
