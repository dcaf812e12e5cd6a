package com.portdrill.port;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortTest {
    @ParameterizedTest
    @CsvSource({"0,WELL_KNOWN", "22,WELL_KNOWN", "1023,WELL_KNOWN", "1024,REGISTERED", "49151,REGISTERED",
            "49152,DYNAMIC", "65535,DYNAMIC"})
    void everyPortFallsInOneOfIanasRanges(int number, Port.Range range) {
        assertThat(new Port(number).range()).isEqualTo(range);
        assertThat(Port.Range.of(number)).isEqualTo(range);
        assertThat(new Port(number).wellKnown()).isEqualTo(range == Port.Range.WELL_KNOWN);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 65536, Integer.MIN_VALUE, Integer.MAX_VALUE})
    void aNumberOutsideTheRangesIsNoPort(int number) {
        assertThat(Port.valid(number)).isFalse();
        assertThatThrownBy(() -> new Port(number)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a port is 0 to 65535, not " + number);
        assertThatThrownBy(() -> Port.check(number)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Port.Range.of(number)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theRangesMeetWithoutAGapAndSpellTheirSpan() {
        assertThat(Port.Range.WELL_KNOWN.first()).isEqualTo(Port.FIRST);
        assertThat(Port.Range.REGISTERED.first()).isEqualTo(Port.Range.WELL_KNOWN.last() + 1);
        assertThat(Port.Range.DYNAMIC.first()).isEqualTo(Port.Range.REGISTERED.last() + 1);
        assertThat(Port.Range.DYNAMIC.last()).isEqualTo(Port.LAST);
        assertThat(Port.Range.REGISTERED.span()).isEqualTo("1024–49151");
        assertThat(Port.check(443)).isEqualTo(443);
        assertThat(new Port(22)).hasToString("22").isLessThan(new Port(23));
    }
}
