package com.portdrill.session;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Personal bests: kept per deck, duration and answer mode, judged on the score (correct answers). */
public final class QuizBests {
    private QuizBests() {
    }

    /** The best earlier result of the same kind; the earliest of equal scores. */
    public static Optional<QuizResult> best(List<QuizResult> previous, String deck, int seconds, AnswerMode mode) {
        return previous.stream()
                .filter(r -> r.deck().equals(deck) && r.seconds() == seconds && r.mode() == mode && !r.endedEarly())
                .max(Comparator.comparingInt(QuizResult::score)
                        .thenComparing(QuizResult::finishedAt, Comparator.reverseOrder()));
    }

    /**
     * Whether {@code result} beats every earlier result of its kind: a higher score, and at least one correct
     * answer (a first quiz with nothing right is no best). Equalling a best does not make a new one, and a quiz
     * stopped early is never a best for the full length.
     */
    public static boolean isPersonalBest(QuizResult result, List<QuizResult> previous) {
        if (result.score() == 0 || result.endedEarly()) {
            return false;
        }
        return best(previous, result.deck(), result.seconds(), result.mode())
                .map(b -> result.score() > b.score())
                .orElse(true);
    }
}
