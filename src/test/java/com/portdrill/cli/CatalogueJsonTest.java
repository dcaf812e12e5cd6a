package com.portdrill.cli;

import com.portdrill.catalogue.Assessment;
import com.portdrill.catalogue.CataloguePort;
import com.portdrill.catalogue.Document;
import com.portdrill.catalogue.PortRecord;
import com.portdrill.catalogue.Verdict;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueJsonTest {
    @Test
    void documentTextIsSanitisedBeforeItIsPrinted() {
        PortRecord record = new PortRecord(7, "Echo\u001b[31m", null, List.of(7), Set.of(Document.EN),
                "bell\u0007 and \u009b31m", null);
        CataloguePort port = new CataloguePort(record, new Assessment(Verdict.AGREES, "echo", "r", null, null, "IANA"));
        String json = CatalogueJson.write(CatalogueJson.port(port));
        assertThat(json).doesNotContain("\u001b").doesNotContain("\\u001B").doesNotContain("\u0007").doesNotContain("\u009b")
                .contains("Echo\u241b[31m");
    }

    @Test
    void padCountsChineseCharactersAsTwoColumns() {
        assertThat(CatalogueCommand.pad("端口", 6)).isEqualTo("端口  ");
        assertThat(CatalogueCommand.pad("abcdefgh", 5)).isEqualTo("abcd…");
    }
}
