package com.portdrill.session;

import com.portdrill.deck.Outcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ProgressTest {
    @Test
    void countsOutcomesAndTheStreakOfCorrectAnswersInARow() {
        Progress p = Progress.of(5);
        for (Outcome o : new Outcome[]{Outcome.CORRECT, Outcome.CORRECT, Outcome.CLOSE, Outcome.CORRECT, Outcome.WRONG,
                Outcome.CORRECT}) {
            p = p.after(o);
        }
        assertThat(p).isEqualTo(new Progress(6, 6, 4, 1, 1, 2));
        assertThat(p.wrong()).isEqualTo(1);
        assertThat(p.accuracy()).isEqualTo(4.0 / 6);
        assertThat(Progress.of(3).accuracy()).isZero();
    }
}
