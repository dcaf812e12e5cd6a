package com.portdrill.session;

import com.portdrill.deck.Outcome;
import com.portdrill.srs.Rating;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SuggestedRatingTest {
    @Test
    void ratingFollowsTheOutcome() {
        assertThat(SuggestedRating.of(Outcome.CORRECT)).isEqualTo(Rating.GOOD);
        assertThat(SuggestedRating.of(Outcome.CLOSE)).isEqualTo(Rating.HARD);
        assertThat(SuggestedRating.of(Outcome.WRONG)).isEqualTo(Rating.AGAIN);
    }

    @Test
    void aSelfGradeStandsForTheOutcomeThatSuggestsItAndEasyIsCorrect() {
        for (Outcome o : Outcome.values()) {
            assertThat(SuggestedRating.outcomeOf(SuggestedRating.of(o))).isEqualTo(o);
        }
        assertThat(SuggestedRating.outcomeOf(Rating.EASY)).isEqualTo(Outcome.CORRECT);
    }
}
