package com.portdrill.session;

import java.time.Instant;
import java.util.Objects;

/**
 * One finished timed quiz, as kept for personal bests and charted over time.
 *
 * @param deck       the deck's name
 * @param seconds    the quiz's length
 * @param mode       typed or choice
 * @param finishedAt when time ran out (or the learner stopped)
 * @param answered   questions answered before the deadline (an unfinished one is not counted)
 * @param correct    of those, answered correctly
 * @param close      of those, nearly right (a small typo): not counted in the score
 */
public record QuizResult(String deck, int seconds, AnswerMode mode, Instant finishedAt, int answered, int correct,
                         int close) {
    public QuizResult {
        Objects.requireNonNull(deck, "deck");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(finishedAt, "finishedAt");
        if (seconds <= 0 || answered < 0 || correct < 0 || close < 0 || correct + close > answered) {
            throw new IllegalArgumentException("inconsistent quiz result: " + seconds + "s " + answered + "/"
                    + correct + "/" + close);
        }
    }

    /** The score a best is judged on. */
    public int score() {
        return correct;
    }

    /** Correct answers as a share of those given, 0 when none were. */
    public double accuracy() {
        return answered == 0 ? 0 : (double) correct / answered;
    }

    public double answersPerMinute() {
        return answered * 60.0 / seconds;
    }
}
