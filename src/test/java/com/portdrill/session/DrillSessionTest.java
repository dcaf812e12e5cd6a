package com.portdrill.session;

import com.portdrill.catalogue.Document;
import com.portdrill.deck.Card;
import com.portdrill.deck.Direction;
import com.portdrill.journal.StudyMode;
import com.portdrill.srs.CardState;
import com.portdrill.srs.Scheduler;
import com.portdrill.srs.State;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import static com.portdrill.session.Cards.T0;
import static org.assertj.core.api.Assertions.assertThat;

class DrillSessionTest {
    private static final Scheduler FSRS = Scheduling.scheduler();

    @Test
    void theWellKnownDrillAsksBothDirectionsOfPorts0To1023WhetherOrNotTheDocumentsHoldThem() {
        Card p0 = Cards.p2s(0, "Reserved");
        Card p1023 = Cards.s2p(1023, "Reserved high");
        Card p1024 = Cards.p2s(1024, "Reserved");
        Card p3389 = Cards.s2p(3389, "RDP");
        Card description = Cards.withDirection(Cards.p2s(21, "FTP"), Direction.DESCRIPTION_TO_PORT);
        Card trojan = Cards.withDirection(Cards.p2s(31, "Agent 31"), Direction.TROJAN_TO_PORT);
        Card ianaOnly = Cards.withSources(Cards.p2s(445, "SMB"), Set.of());
        Card onlyZh = Cards.withSources(Cards.p2s(42, "WINS"), Set.of(Document.ZH));
        List<Card> deck = List.of(p0, p1023, p1024, p3389, description, trojan, ianaOnly, onlyZh);
        assertThat(DrillSession.cardsFor(deck, true)).containsExactly(p0, p1023, ianaOnly, onlyZh);
        assertThat(DrillSession.cardsFor(deck, false)).as("a deck given: any range")
                .containsExactly(p0, p1023, p1024, p3389, ianaOnly, onlyZh);
        assertThat(DrillSession.cardsFor(List.of(trojan), false)).as("a deck with neither direction is drilled as it is")
                .containsExactly(trojan);
        assertThat(DrillSession.cardsFor(List.of(trojan, p1024), true)).isEmpty();
    }

    @Test
    void weakestFirstLowestRetrievabilityThenMostLapsesThenNeverSeen() {
        Card strong = Cards.p2s(22, "SSH");
        Card fading = Cards.p2s(23, "Telnet");
        Card forgottenOften = Cards.p2s(25, "SMTP");
        Card forgottenOnce = Cards.p2s(53, "DNS");
        Card unseen = Cards.p2s(80, "HTTP");
        Map<String, CardState> states = new HashMap<>();
        states.put(strong.id(), reviewed(T0.minusSeconds(86_400), 100, 0));
        states.put(fading.id(), reviewed(T0.minusSeconds(86_400 * 20), 3, 0));
        // reviewed today: retrievability 0 would need a NEW card; a relearning card with tiny stability ties near 0
        states.put(forgottenOften.id(), new CardState(T0, 0.001, 8, 0, 0, 0, 9, 4, State.RELEARNING, T0.minusSeconds(86_400 * 30)));
        states.put(forgottenOnce.id(), new CardState(T0, 0.001, 8, 0, 0, 0, 3, 1, State.RELEARNING, T0.minusSeconds(86_400 * 30)));
        DrillSession d = DrillSession.start(List.of(strong, fading, forgottenOften, forgottenOnce, unseen), states, FSRS,
                T0, AnswerMode.TYPED, new SplittableRandom(4));
        assertThat(FSRS.retrievability(states.get(forgottenOften.id()), T0))
                .isEqualTo(FSRS.retrievability(states.get(forgottenOnce.id()), T0));
        assertThat(d.upcoming()).containsExactly(unseen, forgottenOften, forgottenOnce, fading, strong);
        assertThat(d.studyMode()).isEqualTo(StudyMode.DRILL);
    }

    private static CardState reviewed(java.time.Instant last, double stability, int lapses) {
        return new CardState(last.plusSeconds(86_400 * 5), stability, 5, 0, 5, 0, 4, lapses, State.REVIEW, last);
    }

    @Test
    void endlessARightAnswerGoesToTheBackAMissComesBackAfterThreeOthers() {
        List<Card> cards = new ArrayList<>();
        for (int p = 1; p <= 6; p++) {
            cards.add(Cards.p2s(p, "svc" + p));
        }
        DrillSession d = DrillSession.start(cards, Map.of(), FSRS, T0, AnswerMode.TYPED, new SplittableRandom(8));
        List<Card> start = d.upcoming();
        d = d.next((Attempt.Judged) d.judge(new Response.Typed("wrong"), T0, T0.plusSeconds(2)));
        assertThat(d.upcoming()).containsExactly(start.get(1), start.get(2), start.get(3), start.get(0), start.get(4),
                start.get(5));
        String right = d.current().orElseThrow().card().acceptedAnswers().get(0);
        d = d.next((Attempt.Judged) d.judge(new Response.Typed(right), T0, T0.plusSeconds(4)));
        assertThat(d.upcoming()).endsWith(start.get(1));
        for (int i = 0; i < 50; i++) {
            d = d.next((Attempt.Judged) d.judge(new Response.Typed("x"), T0, T0.plusSeconds(10 + i)));
        }
        assertThat(d.current()).as("a drill never ends by itself").isPresent();
        assertThat(d.progress().answered()).isEqualTo(52);
        assertThat(d.upcoming()).containsExactlyInAnyOrderElementsOf(cards);
    }

    @Test
    void equalsAreShuffledBySeed() {
        List<Card> cards = new ArrayList<>();
        for (int p = 1; p <= 8; p++) {
            cards.add(Cards.p2s(p, "svc" + p));
        }
        List<Card> a = DrillSession.start(cards, Map.of(), FSRS, T0, AnswerMode.TYPED, new SplittableRandom(1)).upcoming();
        List<Card> b = DrillSession.start(cards, Map.of(), FSRS, T0, AnswerMode.TYPED, new SplittableRandom(1)).upcoming();
        List<Card> c = DrillSession.start(cards, Map.of(), FSRS, T0, AnswerMode.TYPED, new SplittableRandom(2)).upcoming();
        assertThat(a).isEqualTo(b).isNotEqualTo(c).containsExactlyInAnyOrderElementsOf(cards);
    }
}
