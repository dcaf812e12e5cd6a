package com.portdrill.srs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The numbers ts-fsrs gives grades and states, which the journal, the snapshot and the revlog export write. */
class FsrsNumbersTest {
    @Test
    void gradesAreOneToFourAndReadBack() {
        assertThat(Rating.AGAIN.value()).isEqualTo(1);
        assertThat(Rating.HARD.value()).isEqualTo(2);
        assertThat(Rating.GOOD.value()).isEqualTo(3);
        assertThat(Rating.EASY.value()).isEqualTo(4);
        for (Rating r : Rating.values()) {
            assertThat(Rating.ofValue(r.value())).isSameAs(r);
        }
        assertThatThrownBy(() -> Rating.ofValue(0)).hasMessage("a rating is 1 to 4, not 0");
        assertThatThrownBy(() -> Rating.ofValue(5)).hasMessage("a rating is 1 to 4, not 5");
    }

    @Test
    void statesAreZeroToThreeAndReadBack() {
        assertThat(State.NEW.value()).isZero();
        assertThat(State.LEARNING.value()).isEqualTo(1);
        assertThat(State.REVIEW.value()).isEqualTo(2);
        assertThat(State.RELEARNING.value()).isEqualTo(3);
        for (State s : State.values()) {
            assertThat(State.ofValue(s.value())).contains(s);
        }
        assertThat(State.ofValue(-1)).isEmpty();
        assertThat(State.ofValue(4)).isEmpty();
    }
}
