package com.portdrill.session;

import com.portdrill.deck.Outcome;

/**
 * How far a session has come, shown in its header and summed up at its end.
 *
 * @param answered   answers judged so far
 * @param total      questions planned (grows when a card comes back in the same session)
 * @param correct    of the answers, correct
 * @param close      of the answers, nearly right
 * @param streak     correct answers in a row, up to the last one
 * @param bestStreak the longest such run in the session
 */
public record Progress(int answered, int total, int correct, int close, int streak, int bestStreak) {
    public Progress {
        if (answered < 0 || total < 0 || correct < 0 || close < 0 || correct + close > answered || streak > bestStreak) {
            throw new IllegalArgumentException("inconsistent progress: " + answered + "/" + total);
        }
    }

    /** Questions still to answer, the one being asked included: with {@link #answered} it is what a counter shows. */
    public int left() {
        return Math.max(0, total - answered);
    }

    public static Progress of(int total) {
        return new Progress(0, total, 0, 0, 0, 0);
    }

    public Progress after(Outcome outcome) {
        int s = outcome == Outcome.CORRECT ? streak + 1 : 0;
        return new Progress(answered + 1, Math.max(total, answered + 1), correct + (outcome == Outcome.CORRECT ? 1 : 0),
                close + (outcome == Outcome.CLOSE ? 1 : 0), s, Math.max(bestStreak, s));
    }

    public Progress withTotal(int newTotal) {
        return new Progress(answered, newTotal, correct, close, streak, bestStreak);
    }

    public int wrong() {
        return answered - correct - close;
    }

    /** Correct answers as a share of those given, 0 when none were. */
    public double accuracy() {
        return answered == 0 ? 0 : (double) correct / answered;
    }
}
