package com.portdrill.port;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PortQueryTest {
    @ParameterizedTest
    @ValueSource(strings = {"22", " 22 ", "22/tcp", "22 / UDP", "tcp/22", "TCP 22", "udp/22", "port 22", "Port22",
            "２２", "２２／ｔｃｐ", "+22", "00022"})
    void aPortIsReadInEveryFormAPersonWritesIt(String typed) {
        assertThat(PortQuery.read(typed)).isEqualTo(new PortQuery.Numbered(new Port(22)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"65536", "70000", "-1", "99999999999999999999999", "tcp/70000"})
    void aNumberThatIsNoPortIsOutOfRangeNotAName(String typed) {
        assertThat(PortQuery.read(typed)).isInstanceOf(PortQuery.OutOfRange.class);
        assertThat(((PortQuery.OutOfRange) PortQuery.read(typed)).typed()).isEqualTo(typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ssh", "22a", "x11", "3.14", "22/sctp", "远程桌面"})
    void anythingElseIsAName(String typed) {
        assertThat(PortQuery.read(typed)).isEqualTo(new PortQuery.Named(typed));
    }

    @org.junit.jupiter.api.Test
    void aBlankOrMissingQueryIsAnEmptyNameAndFullWidthTextIsFolded() {
        assertThat(PortQuery.read(null)).isEqualTo(new PortQuery.Named(""));
        assertThat(PortQuery.read("   ")).isEqualTo(new PortQuery.Named(""));
        assertThat(PortQuery.read(" ＳＳＨ ")).isEqualTo(new PortQuery.Named("SSH"));
    }
}
