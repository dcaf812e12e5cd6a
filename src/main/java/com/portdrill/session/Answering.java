package com.portdrill.session;

import com.portdrill.deck.AnswerJudge;
import com.portdrill.deck.Judgement;
import com.portdrill.deck.Outcome;
import com.portdrill.srs.Rating;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Judges a response to a question: the rules every mode shares. */
public final class Answering {
    /** A correct typed answer faster than this offers Easy: it was known, not worked out. */
    public static final Duration FAST_TYPED = Duration.ofSeconds(3);
    /** Picking is quicker than typing, so the bar for Easy is lower. */
    public static final Duration FAST_CHOICE = Duration.ofMillis(2000);

    private Answering() {
    }

    /**
     * Judges {@code response}, given at {@code at} to {@code question} shown at {@code shownAt}. Typed text goes
     * through {@link AnswerJudge} (blank → {@link Attempt.Blank}, a name for a port → {@link Attempt.OtherKind}); a choice is right or wrong; a flip card's
     * grade is the learner's own: Again is wrong, Hard is close, Good and Easy are correct.
     *
     * @throws IllegalArgumentException when the response does not fit the question's mode, or names no option
     */
    public static Attempt judge(Question question, Response response, Instant shownAt, Instant at) {
        long ms = Math.max(0, Duration.between(shownAt, at).toMillis());
        if (response instanceof Response.Typed typed && question.mode() == AnswerMode.TYPED) {
            Judgement j = AnswerJudge.judge(question.card(), typed.text());
            if (j instanceof Judgement.Judged judged) {
                return judged(question, judged.outcome(), typed.text(), at, ms, FAST_TYPED, judged.missing());
            }
            if (j instanceof Judgement.WrongKind other) {
                return new Attempt.OtherKind(other.wanted());
            }
            return new Attempt.Blank();
        }
        if (response instanceof Response.Picked picked && question.mode() == AnswerMode.CHOICE) {
            if (picked.option() < 0 || picked.option() >= question.options().size()) {
                throw new IllegalArgumentException("no option " + picked.option() + " in " + question.options());
            }
            Outcome outcome = picked.option() == question.right() ? Outcome.CORRECT : Outcome.WRONG;
            return judged(question, outcome, question.options().get(picked.option()), at, ms, FAST_CHOICE, List.of());
        }
        if (response instanceof Response.SelfGraded graded && question.mode() == AnswerMode.FLIP) {
            Rating r = graded.rating();
            return new Attempt.Judged(question, SuggestedRating.outcomeOf(r), Integer.toString(r.value()), at, ms, r, false, r, List.of());
        }
        throw new IllegalArgumentException(response + " does not answer a " + question.mode().code() + " question");
    }

    private static Attempt judged(Question q, Outcome outcome, String given, Instant at, long ms, Duration fast,
                                  List<Integer> missing) {
        Rating suggested = SuggestedRating.of(outcome);
        boolean easy = outcome == Outcome.CORRECT && ms < fast.toMillis();
        return new Attempt.Judged(q, outcome, given, at, ms, suggested, easy, suggested, missing);
    }
}
