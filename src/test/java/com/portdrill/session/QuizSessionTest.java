package com.portdrill.session;

import com.portdrill.deck.Card;
import com.portdrill.deck.Outcome;
import com.portdrill.journal.StudyMode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static com.portdrill.session.Cards.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuizSessionTest {
    private static final List<Card> CARDS = List.of(Cards.p2s(21, "FTP"), Cards.p2s(22, "SSH"),
            Cards.p2s(23, "Telnet"), Cards.p2s(25, "SMTP"));

    private static QuizSession quiz(long seed) {
        return QuizSession.start("exam", CARDS, 60, AnswerMode.TYPED, T0, new SplittableRandom(seed));
    }

    private static Attempt answerRight(QuizSession q, Instant at) {
        return q.judge(new Response.Typed(q.current().orElseThrow().card().acceptedAnswers().get(0)), at.minusSeconds(1), at);
    }

    @Test
    void theDeadlineIsStartPlusSecondsAndTheQuizIsOverExactlyThen() {
        QuizSession q = quiz(1);
        Instant deadline = T0.plusSeconds(60);
        assertThat(q.deadline()).isEqualTo(deadline);
        assertThat(q.isOver(deadline.minusMillis(1))).isFalse();
        assertThat(q.isOver(deadline)).isTrue();
        assertThat(q.remaining(T0.plusSeconds(15))).isEqualTo(Duration.ofSeconds(45));
        assertThat(q.remaining(deadline.plusSeconds(3))).isEqualTo(Duration.ZERO);
    }

    @Test
    void anAnswerAtOrAfterTheDeadlineIsNotScored() {
        QuizSession q = quiz(1);
        assertThat(answerRight(q, T0.plusSeconds(60).minusMillis(1))).isInstanceOf(Attempt.Judged.class);
        assertThat(answerRight(q, T0.plusSeconds(60))).isInstanceOf(Attempt.Late.class);
        assertThat(answerRight(q, T0.plusSeconds(61))).isInstanceOf(Attempt.Late.class);
        Attempt.Judged judgedLate = (Attempt.Judged) Answering.judge(q.current().orElseThrow(),
                new Response.Typed("x"), T0, T0.plusSeconds(60));
        assertThat(q.next(judgedLate).progress().answered()).as("a late answer changes nothing").isZero();
    }

    @Test
    void questionsCycleThroughTheDeckInASeededOrder() {
        QuizSession q = quiz(9);
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            asked.add(q.current().orElseThrow().card().id());
            q = q.next((Attempt.Judged) answerRight(q, T0.plusSeconds(i + 1)));
        }
        assertThat(asked.subList(0, 4)).containsExactlyInAnyOrderElementsOf(CARDS.stream().map(Card::id).toList());
        assertThat(asked.subList(4, 8)).isEqualTo(asked.subList(0, 4));
        QuizSession again = quiz(9);
        assertThat(again.current().orElseThrow().card().id()).isEqualTo(asked.get(0));
        List<List<String>> firsts = new ArrayList<>();
        for (long seed = 0; seed < 20; seed++) {
            firsts.add(List.of(quiz(seed).current().orElseThrow().card().id()));
        }
        assertThat(firsts.stream().distinct().count()).as("other seeds, other orders").isGreaterThan(1);
    }

    @Test
    void finishGivesTheResultWithTheMissesKept() {
        QuizSession q = QuizSession.start("exam", List.of(Cards.p2s(23, "Telnet"), Cards.p2s(88, "Kerberos"),
                Cards.p2s(5432, "PostgreSQL")), 60, AnswerMode.TYPED, T0, new SplittableRandom(2));
        q = q.next((Attempt.Judged) answerRight(q, T0.plusSeconds(5)));
        Attempt.Judged wrong = (Attempt.Judged) q.judge(new Response.Typed("gopher"), T0.plusSeconds(5), T0.plusSeconds(9));
        q = q.next(wrong);
        String right = q.current().orElseThrow().card().acceptedAnswers().get(0);
        Attempt.Judged close = (Attempt.Judged) q.judge(new Response.Typed(right + "x"), T0, T0.plusSeconds(12));
        q = q.next(close);
        assertThat(q.misses()).extracting(Attempt.Judged::outcome).containsExactly(Outcome.WRONG, Outcome.CLOSE);
        QuizResult r = q.finish(T0.plusSeconds(75));
        assertThat(r).isEqualTo(new QuizResult("exam", 60, AnswerMode.TYPED, T0.plusSeconds(60), 3, 1, 1));
        assertThat(r.answersPerMinute()).isEqualTo(3.0);
        assertThat(q.finish(T0.plusSeconds(30)).finishedAt()).as("stopped early").isEqualTo(T0.plusSeconds(30));
        assertThat(q.studyMode()).isEqualTo(StudyMode.QUIZ);
        assertThat(wrong.review(q.studyMode()).mode()).isEqualTo(StudyMode.QUIZ);
    }

    @Test
    void aQuizIsTypedOrChoiceAndLastsASecondOrMore() {
        assertThatThrownBy(() -> QuizSession.start("d", CARDS, 60, AnswerMode.FLIP, T0, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> QuizSession.start("d", CARDS, 0, AnswerMode.TYPED, T0, new SplittableRandom(1)))
                .isInstanceOf(IllegalArgumentException.class);
        QuizSession choice = QuizSession.start("d", List.of(Cards.p2s(22, "SSH", "FTP", "Telnet", "SMTP")), 30,
                AnswerMode.CHOICE, T0, new SplittableRandom(1));
        assertThat(choice.current().orElseThrow().options()).hasSize(4);
    }
}
