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
 * @param ranMs      how long it really ran: {@code seconds} in milliseconds, less when the learner stopped early
 */
public record QuizResult(String deck, int seconds, AnswerMode mode, Instant finishedAt, int answered, int correct,
                         int close, long ranMs) {
    /** A quiz that ran its full length. */
    public QuizResult(String deck, int seconds, AnswerMode mode, Instant finishedAt, int answered, int correct,
                      int close) {
        this(deck, seconds, mode, finishedAt, answered, correct, close, seconds * 1000L);
    }

    public QuizResult {
        if (ranMs < 0 || ranMs > seconds * 1000L) {
            throw new IllegalArgumentException("a quiz of " + seconds + " s cannot have run " + ranMs + " ms");
        }
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

    /** Correct answers as a share of those given, 0 when none were (shown as "–": {@link #accuracyShown}). */
    public double accuracy() {
        return answered == 0 ? 0 : (double) correct / answered;
    }

    /** The accuracy as a whole percentage ({@code 83%}), or {@code –} when nothing was answered. */
    public String accuracyShown() {
        return answered == 0 ? "–" : Math.round(accuracy() * 100) + "%";
    }

    /** Whether the learner stopped before time ran out. */
    public boolean endedEarly() {
        return ranMs < seconds * 1000L;
    }

    /** Answers a minute over the time it really ran. */
    public double answersPerMinute() {
        return ranMs == 0 ? 0 : answered * 60_000.0 / ranMs;
    }
}
