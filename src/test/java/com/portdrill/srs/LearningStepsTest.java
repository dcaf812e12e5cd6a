package com.portdrill.srs;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The default steps: learning 1 min and 10 min, relearning 10 min. */
class LearningStepsTest {
    private final LearningSteps steps = new LearningSteps(Parameters.defaults().learningSteps(),
            Parameters.defaults().relearningSteps());

    @Test
    void aNewCardStartsOnTheLearningSteps() {
        assertThat(steps.after(State.NEW, 0, Rating.AGAIN)).isEqualTo(new LearningSteps.Step(1, 0));
        assertThat(steps.after(State.NEW, 0, Rating.HARD)).isEqualTo(new LearningSteps.Step(6, 0));
        assertThat(steps.after(State.NEW, 0, Rating.GOOD)).isEqualTo(new LearningSteps.Step(10, 1));
        assertThat(steps.after(State.NEW, 0, Rating.EASY)).isEqualTo(LearningSteps.Step.GRADUATE);
    }

    @Test
    void goodOnTheLastStepGraduates() {
        assertThat(steps.after(State.LEARNING, 1, Rating.GOOD)).isEqualTo(LearningSteps.Step.GRADUATE);
        assertThat(steps.after(State.LEARNING, 1, Rating.HARD)).isEqualTo(new LearningSteps.Step(6, 1));
        assertThat(steps.after(State.LEARNING, 1, Rating.AGAIN)).isEqualTo(new LearningSteps.Step(1, 0));
    }

    @Test
    void aLapseGoesToTheRelearningStep() {
        assertThat(steps.after(State.REVIEW, 0, Rating.AGAIN)).isEqualTo(new LearningSteps.Step(10, 0));
        assertThat(steps.after(State.RELEARNING, 0, Rating.HARD)).isEqualTo(new LearningSteps.Step(15, 0));
        assertThat(steps.after(State.RELEARNING, 0, Rating.AGAIN)).isEqualTo(new LearningSteps.Step(10, 0));
        assertThat(steps.after(State.RELEARNING, 0, Rating.GOOD)).isEqualTo(LearningSteps.Step.GRADUATE);
    }

    @Test
    void withoutStepsEveryRatingGraduates() {
        LearningSteps none = new LearningSteps(List.of(), List.of());
        assertThat(none.after(State.NEW, 0, Rating.AGAIN)).isEqualTo(LearningSteps.Step.GRADUATE);
        assertThat(none.after(State.REVIEW, 0, Rating.AGAIN)).isEqualTo(LearningSteps.Step.GRADUATE);
    }

    @Test
    void aStepPastTheEndGraduates() {
        assertThat(steps.after(State.RELEARNING, 1, Rating.AGAIN)).isEqualTo(LearningSteps.Step.GRADUATE);
    }

    @Test
    void stepsOfADayOrMoreAreKeptInMinutes() {
        LearningSteps long_ = new LearningSteps(List.of(Duration.ofDays(1), Duration.ofDays(3)), List.of());
        assertThat(long_.after(State.NEW, 0, Rating.GOOD)).isEqualTo(new LearningSteps.Step(4320, 1));
        assertThat(long_.after(State.NEW, 0, Rating.HARD)).isEqualTo(new LearningSteps.Step(2880, 0));
    }
}
