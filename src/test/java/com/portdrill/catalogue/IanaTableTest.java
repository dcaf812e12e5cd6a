package com.portdrill.catalogue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IanaTableTest {
    private static final IanaTable FULL = IanaTable.parse(Documents.text("iana/ports.tsv"));

    @Test
    void readsRowsTcpBeforeUdp() {
        IanaTable t = IanaTable.parse("7\tudp\techo\tEcho\n7\ttcp\techo\tEcho\n9\ttcp\tdiscard\tDiscard\n");
        assertThat(t.byPort(7)).extracting(IanaAssignment::protocol).containsExactly("tcp", "udp");
        assertThat(t.byName("ECHO")).hasSize(2);
        assertThat(t.byPort(8)).isEmpty();
    }

    @Test
    void refusesAMalformedLine() {
        assertThatThrownBy(() -> IanaTable.parse("80\ttcp\thttp\n")).hasMessageContaining("line 1");
        assertThatThrownBy(() -> IanaTable.parse("70000\ttcp\tx\ty\n")).hasMessageContaining("line 1");
    }

    @Test
    void keepsTheAliasesPortNumbersLost() {
        assertThat(FULL.byPort(80)).filteredOn(a -> a.protocol().equals("tcp")).extracting(IanaAssignment::name)
                .containsExactly("http", "www", "www-http");
        assertThat(FULL.byPort(113)).extracting(IanaAssignment::name).contains("ident", "auth");
        assertThat(FULL.byPort(42)).extracting(IanaAssignment::name).contains("name", "nameserver");
    }

    @Test
    void fillsPortsFromRangeRows() {
        assertThat(FULL.byPort(6000)).extracting(IanaAssignment::name).containsExactly("x11", "x11");
        assertThat(FULL.byPort(6063)).extracting(IanaAssignment::name).contains("x11");
        assertThat(FULL.byPort(1011)).extracting(IanaAssignment::description).containsOnly("Reserved");
    }

    @Test
    void keepsTheNewerRegistryWhereItChangedAPort() {
        // 143/udp is reserved today; the 2015 imap/udp row must not come back
        assertThat(FULL.byPort(143)).filteredOn(a -> a.protocol().equals("udp"))
                .extracting(IanaAssignment::name).containsExactly("");
        assertThat(FULL.byPort(1001)).filteredOn(a -> a.protocol().equals("tcp"))
                .extracting(IanaAssignment::name).containsExactly("webpush");
    }

    @Test
    void leavesUnassignedPortsOut() {
        assertThat(FULL.byPort(4)).isEmpty();
        assertThat(FULL.byPort(6711)).isEmpty();
        assertThat(FULL.byName("mysql")).extracting(IanaAssignment::port).containsOnly(3306);
    }
}
