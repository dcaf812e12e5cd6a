package com.portdrill.deck;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DescriptionMaskTest {
    @Test
    void hidesWholeWordsOnlyAnyCaseLongestFirst() {
        assertThat(DescriptionMask.mask("The SMTP server; ESMTP too; smtp again. Simple Mail Transfer Protocol.",
                List.of("SMTP", "Simple Mail Transfer Protocol")))
                .isEqualTo("The ___ server; ESMTP too; ___ again. ___.");
    }

    @Test
    void hidesLatinNamesInsideChineseTextAndKeepsItsPunctuation() {
        assertThat(DescriptionMask.mask("DNS服务器所开放的端口，欺骗DNS（UDP）", List.of("DNS")))
                .isEqualTo("___服务器所开放的端口，欺骗___（UDP）");
    }

    @Test
    void hidesThePortButNotAddressesOrVersions() {
        assertThat(DescriptionMask.mask("“0” is invalid; scan 0.0.0.0 with SubSeven 1.0/1.9, port 0.", List.of("0", "1")))
                .isEqualTo("“___” is invalid; scan 0.0.0.0 with SubSeven 1.0/1.9, port ___.");
    }

    @Test
    void countsWhatIsLeftToGoOn() {
        assertThat(DescriptionMask.clues("___ replication.")).isEqualTo(1);
        assertThat(DescriptionMask.clues("The ___ server opens this port for mail")).isEqualTo(7);
        assertThat(DescriptionMask.clues("___服务器所开放的端口")).isEqualTo(3);
    }
}
