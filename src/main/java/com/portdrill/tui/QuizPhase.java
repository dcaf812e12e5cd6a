package com.portdrill.tui;

import com.portdrill.session.Attempt;
import com.portdrill.session.QuizResult;

import java.util.Objects;

/**
 * Where a timed quiz stands. Questions come back to back, so there is no verdict phase: the last answer is a line
 * above the next question, and the misses are explained in the summary.
 */
public sealed interface QuizPhase permits QuizPhase.Ready, Asking, QuizPhase.Saving, QuizPhase.Over {

    /** Waiting for Enter: the clock has not started and no question shows, since reading it early is a head start. */
    record Ready() implements QuizPhase {
    }

    /** The answer is with the driver; the next question follows once it is on disk. */
    record Saving(Attempt.Judged judged) implements QuizPhase {
        public Saving {
            Objects.requireNonNull(judged, "judged");
        }
    }

    /**
     * Time is up, or the learner stopped: the summary.
     *
     * @param result   the quiz's result
     * @param unscored an answer half typed when time ran out, shown as not scored; empty for none
     * @param scroll   how many lines of the summary are scrolled past
     */
    record Over(QuizResult result, String unscored, int scroll) implements QuizPhase {
        public Over {
            Objects.requireNonNull(result, "result");
            unscored = unscored == null ? "" : unscored;
            scroll = Math.max(0, scroll);
        }

        Over scrolled(int lines) {
            return new Over(result, unscored, scroll + lines);
        }
    }
}
