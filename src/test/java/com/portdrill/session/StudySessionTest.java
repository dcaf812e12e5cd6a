package com.portdrill.session;

import com.portdrill.deck.Card;
import com.portdrill.deck.Deck;
import com.portdrill.srs.Rating;
import com.portdrill.srs.Scheduler;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import static com.portdrill.session.Cards.T0;
import static org.assertj.core.api.Assertions.assertThat;

class StudySessionTest {
    private static final Scheduler FSRS = Scheduling.scheduler();
    private static final Card A = Cards.p2s(21, "FTP", "SSH", "Telnet", "SMTP");
    private static final Card B = Cards.p2s(22, "SSH", "FTP", "Telnet", "SMTP");
    private static final Card C = Cards.p2s(23, "Telnet", "FTP", "SSH", "SMTP");

    private static StudySession start(Deck deck, AnswerMode mode) {
        StudyPlan plan = StudyPlan.of(deck, Map.of(), List.of(), 20, T0, ZoneOffset.UTC, new SplittableRandom(1));
        return StudySession.start(plan, mode, Map.of(), FSRS, new SplittableRandom(5));
    }

    private static Attempt.Judged answer(Session s, String text, Instant at) {
        return (Attempt.Judged) s.judge(new Response.Typed(text), at.minusSeconds(4), at);
    }

    @Test
    void asksThePlanInOrderAndCountsProgress() {
        StudySession s = start(Cards.deck(A, B, C), AnswerMode.TYPED);
        assertThat(s.current().orElseThrow().card()).isEqualTo(A);
        assertThat(s.progress()).isEqualTo(new Progress(0, 3, 0, 0, 0, 0));
        s = s.next(answer(s, "ftp", T0));
        assertThat(s.current().orElseThrow().card()).isEqualTo(B);
        assertThat(s.progress().answered()).isEqualTo(1);
        assertThat(s.progress().correct()).isEqualTo(1);
        assertThat(s.progress().streak()).isEqualTo(1);
    }

    @Test
    void cardsBroughtBackByALearningStepComeBackInterleavedNotInTheOrderTheyCame() {
        List<Card> cards = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            cards.add(Cards.p2s(100 + i, "svc" + i));
        }
        StudySession s = start(new Deck("t", "", "", cards), AnswerMode.TYPED);
        List<String> first = new ArrayList<>();
        Instant t = T0;
        for (int i = 0; i < 8; i++) {
            first.add(s.current().orElseThrow().card().id());
            s = s.next(answer(s, "nope", t));
            t = t.plusSeconds(1);
        }
        List<String> back = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            back.add(s.current().orElseThrow().card().id());
            String right = s.current().get().card().acceptedAnswers().get(0);
            s = s.next(answer(s, right, t));
            t = t.plusSeconds(1);
        }
        assertThat(back).containsExactlyInAnyOrderElementsOf(first).isNotEqualTo(first);
        assertThat(back.get(0)).isNotEqualTo(first.get(7));
    }

    @Test
    void aCardDueAgainWithinTheSessionComesBackAfterTheOthersAndTheSessionEndsWhenAllGraduate() {
        StudySession s = start(Cards.deck(A, B), AnswerMode.TYPED);
        Instant t = T0;
        List<String> asked = new ArrayList<>();
        // A wrong (Again: due in a minute), B right (Good: due in ten minutes), then everything right.
        asked.add(s.current().orElseThrow().card().id());
        s = s.next(answer(s, "nope", t));
        while (s.current().isPresent() && asked.size() < 20) {
            t = t.plusSeconds(5);
            asked.add(s.current().orElseThrow().card().id());
            String right = s.current().get().card().acceptedAnswers().get(0);
            s = s.next(answer(s, right, t));
        }
        assertThat(asked).startsWith("p2s:21", "p2s:22", "p2s:21");
        assertThat(s.current()).as("every card graduated to days").isEmpty();
        assertThat(s.remaining()).isZero();
        assertThat(s.progress().answered()).isEqualTo(asked.size());
        assertThat(s.progress().total()).isEqualTo(asked.size());
        assertThat(s.progress().wrong()).isEqualTo(1);
    }

    @Test
    void aCardDueNowComesBeforeThePlannedCards() {
        StudySession s = start(Cards.deck(A, B, C), AnswerMode.TYPED);
        s = s.next(answer(s, "nope", T0));                    // A again in 1 minute
        assertThat(s.current().orElseThrow().card()).isEqualTo(B);
        s = s.next(answer(s, "nope", T0.plusSeconds(61)));     // A is due by now
        assertThat(s.current().orElseThrow().card()).isEqualTo(A);
    }

    @Test
    void theRatingTheLearnerSettledOnDecidesWhetherTheCardComesBack() {
        StudySession s = start(Cards.deck(A, B), AnswerMode.TYPED);
        Attempt.Judged known = answer(s, "ftp", T0).withRating(Rating.EASY);
        s = s.next(known);
        assertThat(s.remaining()).as("Easy on a new card graduates it").isZero();
        assertThat(s.current().orElseThrow().card()).isEqualTo(B);
    }

    @Test
    void choiceQuestionsAreFixedByTheSeed() {
        StudySession one = start(Cards.deck(A, B, C), AnswerMode.CHOICE);
        StudySession two = start(Cards.deck(A, B, C), AnswerMode.CHOICE);
        assertThat(one.current()).isEqualTo(two.current());
        Attempt.Judged j1 = (Attempt.Judged) one.judge(new Response.Picked(0), T0, T0.plusSeconds(3));
        Attempt.Judged j2 = (Attempt.Judged) two.judge(new Response.Picked(0), T0, T0.plusSeconds(3));
        assertThat(one.next(j1).current()).isEqualTo(two.next(j2).current());
        assertThat(one.next(j1).current().orElseThrow().options()).hasSize(4);
    }

    @Test
    void anEmptyPlanIsOverAtOnce() {
        StudySession s = start(Cards.deck(), AnswerMode.TYPED);
        assertThat(s.current()).isEmpty();
        assertThat(s.progress().total()).isZero();
    }
}
