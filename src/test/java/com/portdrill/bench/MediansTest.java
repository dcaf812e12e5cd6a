package com.portdrill.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MediansTest {
    @Test
    void oddCountTakesTheMiddleValueWhateverTheOrder() {
        assertThat(Medians.of(List.of(90.0, 10.0, 40.0, 35.0, 200.0))).isEqualTo(40.0);
    }

    @Test
    void evenCountTakesTheMeanOfTheTwoMiddleValues() {
        assertThat(Medians.of(List.of(40.0, 10.0, 30.0, 200.0))).isEqualTo(35.0);
    }

    @Test
    void oneValueIsItsOwnMedian() {
        assertThat(Medians.of(List.of(7.5))).isEqualTo(7.5);
    }

    @Test
    void noValuesIsAnError() {
        assertThatThrownBy(() -> Medians.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ratioIsHowManyTimesTheReference() {
        assertThat(Medians.ratio(140, 35)).isEqualTo(4.0);
        assertThatThrownBy(() -> Medians.ratio(140, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void maxIsThePeakOverRuns() {
        assertThat(Medians.max(new long[] {51_000, 63_500, 49_800})).isEqualTo(63_500);
    }
}
