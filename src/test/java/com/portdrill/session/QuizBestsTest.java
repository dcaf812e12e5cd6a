package com.portdrill.session;

import org.junit.jupiter.api.Test;

import java.util.List;

import static com.portdrill.session.Cards.T0;
import static org.assertj.core.api.Assertions.assertThat;

class QuizBestsTest {
    private static QuizResult result(String deck, int seconds, AnswerMode mode, int correct, int day) {
        return new QuizResult(deck, seconds, mode, T0.plusSeconds(86_400L * day), correct + 2, correct, 0);
    }

    @Test
    void aBestIsKeptPerDeckDurationAndMode() {
        List<QuizResult> previous = List.of(result("exam", 60, AnswerMode.TYPED, 7, 1),
                result("exam", 60, AnswerMode.TYPED, 9, 2), result("exam", 30, AnswerMode.TYPED, 20, 3),
                result("exam", 60, AnswerMode.CHOICE, 30, 4), result("all", 60, AnswerMode.TYPED, 40, 5));
        assertThat(QuizBests.best(previous, "exam", 60, AnswerMode.TYPED)).contains(previous.get(1));
        assertThat(QuizBests.isPersonalBest(result("exam", 60, AnswerMode.TYPED, 10, 9), previous)).isTrue();
        assertThat(QuizBests.isPersonalBest(result("exam", 60, AnswerMode.TYPED, 9, 9), previous))
                .as("equalling is not beating").isFalse();
        assertThat(QuizBests.isPersonalBest(result("exam", 60, AnswerMode.TYPED, 8, 9), previous)).isFalse();
        assertThat(QuizBests.isPersonalBest(result("exam", 45, AnswerMode.TYPED, 1, 9), previous))
                .as("the first of its kind").isTrue();
    }

    @Test
    void nothingRightIsNoBestAndEqualScoresKeepTheEarliest() {
        assertThat(QuizBests.isPersonalBest(result("exam", 60, AnswerMode.TYPED, 0, 1), List.of())).isFalse();
        List<QuizResult> ties = List.of(result("exam", 60, AnswerMode.TYPED, 5, 3), result("exam", 60, AnswerMode.TYPED, 5, 1));
        assertThat(QuizBests.best(ties, "exam", 60, AnswerMode.TYPED)).contains(ties.get(1));
        assertThat(QuizBests.best(List.of(), "exam", 60, AnswerMode.TYPED)).isEmpty();
    }

    @Test
    void aQuizStoppedEarlyIsNeverABestForTheFullLengthAndNothingAnsweredHasNoAccuracy() {
        QuizResult early = new QuizResult("exam", 60, AnswerMode.TYPED, T0, 12, 11, 0, 20_000);
        assertThat(early.endedEarly()).isTrue();
        assertThat(early.answersPerMinute()).isEqualTo(36.0);
        assertThat(QuizBests.isPersonalBest(early, List.of())).isFalse();
        assertThat(QuizBests.best(List.of(early), "exam", 60, AnswerMode.TYPED)).isEmpty();
        QuizResult none = new QuizResult("exam", 60, AnswerMode.TYPED, T0, 0, 0, 0, 3_000);
        assertThat(none.accuracyShown()).isEqualTo("–");
        assertThat(result("exam", 60, AnswerMode.TYPED, 3, 1).accuracyShown()).isEqualTo("60%");
    }
}
