package com.portdrill.session;

import com.portdrill.deck.Outcome;
import com.portdrill.srs.Rating;

/** The FSRS rating an answer suggests; the learner may change it before moving on. */
public final class SuggestedRating {
    private SuggestedRating() {
    }

    /** Correct → Good, Close → Hard, Wrong → Again. Easy is the learner's call, never suggested from the outcome. */
    public static Rating of(Outcome outcome) {
        switch (outcome) {
            case CORRECT:
                return Rating.GOOD;
            case CLOSE:
                return Rating.HARD;
            default:
                return Rating.AGAIN;
        }
    }
}
