package com.portdrill.session;

import com.portdrill.deck.Card;
import com.portdrill.deck.Outcome;
import com.portdrill.journal.JournalLine;
import com.portdrill.journal.StudyMode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static com.portdrill.session.Cards.T0;
import static org.assertj.core.api.Assertions.assertThat;

class ReviewSessionTest {
    @Test
    void missedCardsAreThoseWhoseLatestAnswerWasWrongOrClose() {
        List<JournalLine> history = List.of(
                Cards.review("a", T0.plusSeconds(1), Outcome.WRONG),
                Cards.review("a", T0.plusSeconds(2), Outcome.CORRECT),     // answered right since: not missed
                Cards.review("b", T0.plusSeconds(3), Outcome.CORRECT),
                Cards.review("c", T0.plusSeconds(4), Outcome.CLOSE),
                Cards.review("d", T0.plusSeconds(5), Outcome.CORRECT),
                Cards.review("d", T0.plusSeconds(6), Outcome.WRONG));
        assertThat(MissedCards.of(history)).extracting(MissedCards.Missed::cardId).containsExactly("d", "c");
    }

    @Test
    void mostRecentMissFirstThenMostOftenMissedThenById() {
        List<JournalLine> history = new ArrayList<>(List.of(
                Cards.review("old", T0.plusSeconds(1), Outcome.WRONG),
                Cards.review("often", T0.plusSeconds(2), Outcome.WRONG),
                Cards.review("often", T0.plusSeconds(3), Outcome.CLOSE),
                Cards.review("often", T0.plusSeconds(10), Outcome.WRONG),
                Cards.review("once", T0.plusSeconds(10), Outcome.WRONG),
                Cards.review("alpha", T0.plusSeconds(10), Outcome.WRONG),
                Cards.review("recent", T0.plusSeconds(20), Outcome.CLOSE)));
        java.util.Collections.reverse(history);   // the order given does not matter
        List<MissedCards.Missed> missed = MissedCards.of(history);
        assertThat(missed).extracting(MissedCards.Missed::cardId)
                .containsExactly("recent", "often", "alpha", "once", "old");
        assertThat(missed.get(1).misses()).isEqualTo(3);
        assertThat(missed.get(1).lastMissed()).isEqualTo(T0.plusSeconds(10));
        assertThat(MissedCards.of(List.of())).isEmpty();
    }

    @Test
    void aCardLeavesOnceAnsweredRightAndGoesToTheBackOtherwise() {
        Card a = Cards.p2s(21, "FTP");
        Card b = Cards.p2s(22, "SSH");
        ReviewSession s = ReviewSession.start(List.of(a, b), AnswerMode.TYPED, new SplittableRandom(1));
        assertThat(s.studyMode()).isEqualTo(StudyMode.REVIEW);
        assertThat(s.remaining()).isEqualTo(2);
        s = s.next(typed(s, "telnet"));                      // a wrong: to the back
        assertThat(s.current().orElseThrow().card()).isEqualTo(b);
        assertThat(s.remaining()).isEqualTo(2);
        s = s.next(typed(s, "ssh"));                         // b right: leaves
        assertThat(s.current().orElseThrow().card()).isEqualTo(a);
        assertThat(s.remaining()).isEqualTo(1);
        s = s.next(typed(s, "ftp"));
        assertThat(s.current()).isEmpty();
        assertThat(s.progress()).isEqualTo(new Progress(3, 3, 2, 0, 2, 2));
    }

    @Test
    void anAnswerToAnotherQuestionIsRefused() {
        ReviewSession s = ReviewSession.start(List.of(Cards.p2s(21, "FTP"), Cards.p2s(22, "SSH")), AnswerMode.TYPED,
                new SplittableRandom(1));
        Attempt.Judged first = typed(s, "ftp");
        ReviewSession after = s.next(first);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> after.next(first))
                .isInstanceOf(IllegalArgumentException.class);
        ReviewSession over = after.next(typed(after, "ssh"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> over.next(first))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void nothingMissedIsOverAtOnce() {
        assertThat(ReviewSession.start(List.of(), AnswerMode.TYPED, new SplittableRandom(1)).current()).isEmpty();
    }

    private static Attempt.Judged typed(Session s, String text) {
        return (Attempt.Judged) s.judge(new Response.Typed(text), T0, T0.plusSeconds(4));
    }
}
