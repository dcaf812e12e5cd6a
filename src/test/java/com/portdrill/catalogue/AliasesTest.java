package com.portdrill.catalogue;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AliasesTest {
    private static final Aliases REAL = Aliases.parse(Documents.text("facts/aliases.txt"));

    @Test
    void namesForGivesTheWholeGroup() {
        assertThat(REAL.namesFor("DNS")).contains("domain", "Domain Name System");
        assertThat(REAL.namesFor("dns")).isEqualTo(REAL.namesFor("Domain Name System"));
        assertThat(REAL.namesFor("ＰＯＰ３")).contains("pop3", "Post Office Protocol - Version 3");
    }

    @Test
    void anUnknownNameStandsForItself() {
        assertThat(REAL.namesFor(" gopher ")).containsExactly("gopher");
    }

    @Test
    void sameFoldsCaseWidthAndPunctuation() {
        Aliases a = Aliases.parse("# comment\nhttps|HTTPS|HTTP over TLS\n\n");
        assertThat(a.same("Https", "http-over-tls")).isTrue();
        assertThat(a.same("https", "http")).isFalse();
        assertThat(a.same(null, "https")).isFalse();
    }
}
