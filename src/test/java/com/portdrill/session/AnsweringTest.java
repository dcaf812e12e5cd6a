package com.portdrill.session;

import com.portdrill.deck.Card;
import com.portdrill.deck.Outcome;
import com.portdrill.journal.JournalLine;
import com.portdrill.journal.StudyMode;
import com.portdrill.srs.Rating;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static com.portdrill.session.Cards.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnsweringTest {
    private static final Card SSH = Cards.p2s(22, "Secure Shell", "Telnet", "FTP", "SMTP");
    private static final Question TYPED = new Question(SSH, AnswerMode.TYPED, List.of(), -1);
    private static final Question CHOICE = new Question(SSH, AnswerMode.CHOICE,
            List.of("Telnet", "Secure Shell", "FTP", "SMTP"), 1);
    private static final Question FLIP = new Question(SSH, AnswerMode.FLIP, List.of(), -1);

    private static Attempt.Judged typed(String text, long ms) {
        return (Attempt.Judged) Answering.judge(TYPED, new Response.Typed(text), T0, T0.plusMillis(ms));
    }

    @Test
    void blankIsAskedAgainNotScored() {
        assertThat(Answering.judge(TYPED, new Response.Typed("   "), T0, T0.plusSeconds(5)))
                .isInstanceOf(Attempt.Blank.class);
        assertThat(Answering.judge(TYPED, new Response.Typed(""), T0, T0)).isInstanceOf(Attempt.Blank.class);
    }

    @Test
    void typedAnswersSuggestTheRatingOfTheirOutcome() {
        Attempt.Judged right = typed("secure shell", 5000);
        assertThat(right.outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(right.suggested()).isEqualTo(Rating.GOOD);
        assertThat(right.rating()).isEqualTo(Rating.GOOD);
        Attempt.Judged close = typed("secure shel", 5000);
        assertThat(close.outcome()).isEqualTo(Outcome.CLOSE);
        assertThat(close.rating()).isEqualTo(Rating.HARD);
        Attempt.Judged wrong = typed("telnet", 5000);
        assertThat(wrong.outcome()).isEqualTo(Outcome.WRONG);
        assertThat(wrong.rating()).isEqualTo(Rating.AGAIN);
    }

    @Test
    void easyIsOfferedOnlyForACorrectTypedAnswerUnderThreeSeconds() {
        assertThat(typed("Secure Shell", 2999).easyOffered()).isTrue();
        assertThat(typed("Secure Shell", 3000).easyOffered()).isFalse();
        assertThat(typed("Secure Shel", 500).easyOffered()).isFalse();
        assertThat(typed("Telnet", 500).easyOffered()).isFalse();
        assertThat(typed("Secure Shell", 500).suggested()).as("Easy is offered, not suggested").isEqualTo(Rating.GOOD);
    }

    @Test
    void aChoiceIsRightOrWrongAndFastUnderTwoSeconds() {
        Attempt.Judged right = (Attempt.Judged) Answering.judge(CHOICE, new Response.Picked(1), T0, T0.plusMillis(1999));
        assertThat(right.outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(right.given()).isEqualTo("Secure Shell");
        assertThat(right.easyOffered()).isTrue();
        Attempt.Judged slow = (Attempt.Judged) Answering.judge(CHOICE, new Response.Picked(1), T0, T0.plusMillis(2000));
        assertThat(slow.easyOffered()).isFalse();
        Attempt.Judged wrong = (Attempt.Judged) Answering.judge(CHOICE, new Response.Picked(0), T0, T0.plusMillis(100));
        assertThat(wrong.outcome()).isEqualTo(Outcome.WRONG);
        assertThat(wrong.given()).isEqualTo("Telnet");
        assertThat(wrong.easyOffered()).isFalse();
        assertThatThrownBy(() -> Answering.judge(CHOICE, new Response.Picked(4), T0, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFlipGradeIsTheLearnersOwn() {
        assertThat(flip(Rating.AGAIN).outcome()).isEqualTo(Outcome.WRONG);
        assertThat(flip(Rating.HARD).outcome()).isEqualTo(Outcome.CLOSE);
        assertThat(flip(Rating.GOOD).outcome()).isEqualTo(Outcome.CORRECT);
        Attempt.Judged easy = flip(Rating.EASY);
        assertThat(easy.outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(easy.rating()).isEqualTo(Rating.EASY);
        assertThat(easy.easyOffered()).isFalse();
    }

    private static Attempt.Judged flip(Rating r) {
        return (Attempt.Judged) Answering.judge(FLIP, new Response.SelfGraded(r), T0, T0.plusSeconds(4));
    }

    @Test
    void theLearnerMayChangeTheRatingToAnyOfTheFour() {
        Attempt.Judged j = typed("Telnet", 4000);
        for (Rating r : Rating.values()) {
            Attempt.Judged changed = j.withRating(r);
            assertThat(changed.rating()).isEqualTo(r);
            assertThat(changed.suggested()).isEqualTo(Rating.AGAIN);
            assertThat(changed.review(StudyMode.STUDY).rating()).isEqualTo(r);
            assertThat(changed.review(StudyMode.STUDY).at()).isEqualTo(j.review(StudyMode.STUDY).at());
        }
    }

    @Test
    void theReviewCarriesTheAnswerAndItsModeToTheMillisecond() {
        Attempt.Judged j = (Attempt.Judged) Answering.judge(TYPED, new Response.Typed(" ssh  shell"),
                T0, T0.plusMillis(4321).plusNanos(999));
        JournalLine r = j.review(StudyMode.QUIZ);
        assertThat(r.cardId()).isEqualTo("p2s:22");
        assertThat(r.at()).isEqualTo(Instant.parse("2026-11-24T10:00:04.321Z"));
        assertThat(r.durationMs()).isEqualTo(4321);
        assertThat(r.answer()).isEqualTo(" ssh  shell");
        assertThat(r.mode()).isEqualTo(StudyMode.QUIZ);
        assertThat(r.outcome()).isEqualTo(Outcome.WRONG);
    }

    @Test
    void aResponseOfAnotherModeIsRefused() {
        assertThatThrownBy(() -> Answering.judge(TYPED, new Response.Picked(0), T0, T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Answering.judge(CHOICE, new Response.Typed("ssh"), T0, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
