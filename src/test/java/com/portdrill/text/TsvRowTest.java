package com.portdrill.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TsvRowTest {
    @Test
    void notesAndBlankLinesAreLeftOutAndRowsKeepTheirLineNumbers() {
        List<TsvRow> rows = TsvRow.read("# port\tname\n22\tssh\n\n   \n  # indented note\n80\t http \n");
        assertThat(rows).extracting(TsvRow::line).containsExactly(2, 6);
        assertThat(rows.get(0).cells()).containsExactly("22", "ssh");
        assertThat(rows.get(1).cell(1)).isEqualTo("http");
        assertThat(rows.get(1).cells().get(1)).isEqualTo(" http ");
    }

    @Test
    void aWindowsLineEndIsALineEndAndEmptyCellsCount() {
        List<TsvRow> rows = TsvRow.read("443\thttps\t\r\n53\t\t-\r\n");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).cells()).containsExactly("443", "https", "");
        assertThat(rows.get(1).size()).isEqualTo(3);
        assertThat(rows.get(1).cell(2)).isEqualTo("-");
    }
}
