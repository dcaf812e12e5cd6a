package com.portdrill.scan;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every table format skips a line with no columns before its own rules see it, and reads the next as before. */
class ColumnParserTest {
    @Test
    void aLineOfOnlySpacesTabsOrCarriageReturnsIsSkippedByEveryTableFormat() {
        List<ColumnParser> parsers = List.of(Netstat.linux(), Netstat.macos(), new NetstatWindows(), new SsOutput(),
                new ProcNet(Transport.TCP));
        for (ColumnParser p : parsers) {
            List<Listener> rows = new ArrayList<>();
            for (String blank : List.of("", "   ", "\t \r")) {
                assertThat(p.read(blank, rows::add)).as("%s on %s", p.getClass().getSimpleName(), blank)
                        .isEqualTo(LineParser.Line.SKIPPED);
            }
            assertThat(rows).isEmpty();
        }
    }

    @Test
    void aRowAfterABlankLineIsStillRead() {
        ProcNet p = new ProcNet(Transport.TCP);
        List<Listener> rows = new ArrayList<>();
        assertThat(p.read("", rows::add)).isEqualTo(LineParser.Line.SKIPPED);
        assertThat(p.read("   0: 00000000:0016 00000000:0000 0A 00000000:00000000 00:00000000 00000000  0 0 1 1",
                rows::add)).isEqualTo(LineParser.Line.USED);
        assertThat(rows).extracting(Listener::port).containsExactly(22);
    }
}
