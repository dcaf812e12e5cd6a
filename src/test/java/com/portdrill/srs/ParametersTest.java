package com.portdrill.srs;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ParametersTest {
    @Test
    void defaultsAreTsFsrsDefaults() {
        Parameters p = Parameters.defaults();
        assertThat(p.weights()).hasSize(21).startsWith(0.212, 1.2931).endsWith(0.1542);
        assertThat(p.desiredRetention()).isEqualTo(0.9);
        assertThat(p.maximumInterval()).isEqualTo(36500);
        assertThat(p.enableShortTerm()).isTrue();
        assertThat(p.learningSteps()).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(10));
        assertThat(p.relearningSteps()).containsExactly(Duration.ofMinutes(10));
    }

    @Test
    void refusesWhatFsrsSixCannotUse() {
        Parameters d = Parameters.defaults();
        assertThatThrownBy(() -> new Parameters(d.weights().subList(0, 19), 0.9, 36500, true, d.learningSteps(), d.relearningSteps()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("21");
        assertThatThrownBy(() -> new Parameters(d.weights(), 1.2, 36500, true, d.learningSteps(), d.relearningSteps()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Parameters(d.weights(), 0.9, 0, true, d.learningSteps(), d.relearningSteps()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Parameters(d.weights(), 0.9, 36500, true, List.of(Duration.ofSeconds(90)), d.relearningSteps()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
