package com.portdrill.session;

import com.portdrill.deck.Outcome;
import com.portdrill.srs.Rating;

/**
 * How an outcome and an FSRS rating stand for each other, both ways in one place: the rating an answer suggests
 * (the learner may change it before moving on), and the outcome a flip card's self-grade stands for.
 */
public final class SuggestedRating {
    private SuggestedRating() {
    }

    /** Correct → Good, Close → Hard, Wrong → Again. Easy is the learner's call, never suggested from the outcome. */
    public static Rating of(Outcome outcome) {
        return switch (outcome) {
            case CORRECT -> Rating.GOOD;
            case CLOSE -> Rating.HARD;
            case WRONG -> Rating.AGAIN;
        };
    }

    /** Again → Wrong, Hard → Close, Good and Easy → Correct. */
    static Outcome outcomeOf(Rating selfGrade) {
        return switch (selfGrade) {
            case AGAIN -> Outcome.WRONG;
            case HARD -> Outcome.CLOSE;
            case GOOD, EASY -> Outcome.CORRECT;
        };
    }
}
