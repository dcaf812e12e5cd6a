package com.portdrill.knowledge;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KnowledgeParserTest {
    private static final String ROW = "587\tSMTP submission\tSMTP submission (SMTPS in CompTIA's list)\tMessage Submission"
            + "\tsubmission|SMTPS\t邮件提交\ttcp\tregistered\t25\tencrypted\tmail\tnetwork-plus,security-plus"
            + "\tClients submit mail.\t客户端提交邮件。\tIANA submission 587; RFC 6409; N10-009 1.4\t-\tSeven for sending.\n";

    @Test
    void aRowBecomesAFactWithEveryColumn() {
        List<PortFact> facts = KnowledgeParser.ports("# comment\n\n" + ROW);
        assertThat(facts).hasSize(1);
        PortFact f = facts.get(0);
        assertThat(f.ports()).containsExactly(587);
        assertThat(f.askedAs()).contains("CompTIA");
        assertThat(f.names()).containsExactly("SMTP submission", "Message Submission", "submission", "SMTPS", "邮件提交");
        assertThat(f.transport()).isEqualTo(Transport.TCP);
        assertThat(f.registered()).isTrue();
        assertThat(f.counterpart()).containsExactly(25);
        assertThat(f.inClear()).isEqualTo(InClear.ENCRYPTED);
        assertThat(f.family()).isEqualTo(Family.MAIL);
        assertThat(f.tiers()).isEqualTo(Set.of(Tier.NETWORK_PLUS, Tier.SECURITY_PLUS));
        assertThat(f.source()).contains("RFC 6409");
        assertThat(f.hookEn()).isNull();
        assertThat(f.hookZh()).isEqualTo("Seven for sending.");
    }

    @Test
    void aDashAskedAsIsTheName() {
        PortFact f = KnowledgeParser.ports(ROW.replace("SMTP submission (SMTPS in CompTIA's list)", "-")).get(0);
        assertThat(f.askedAs()).isEqualTo("SMTP submission");
    }

    @Test
    void aRowWithoutItsSourceIsRefusedWithItsLine() {
        String noSource = ROW.replace("IANA submission 587; RFC 6409; N10-009 1.4", "-");
        assertThatThrownBy(() -> KnowledgeParser.ports("# c\n" + noSource))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("ports.tsv line 2 leaves column 15 empty");
        assertThatThrownBy(() -> KnowledgeParser.names("22\tSSH\t\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("names.tsv line 1");
    }

    @Test
    void unknownWordsAndBadPortsAreRefused() {
        assertThatThrownBy(() -> KnowledgeParser.ports(ROW.replace("\ttcp\t", "\tsctp\t")))
                .hasMessageContaining("'sctp' in column 7");
        assertThatThrownBy(() -> KnowledgeParser.ports(ROW.replace("network-plus,security-plus", "documents")))
                .hasMessageContaining("no tier a row can teach in");
        assertThatThrownBy(() -> KnowledgeParser.ports(ROW.replace("\tregistered\t", "\tmaybe\t")))
                .hasMessageContaining("'registered' or 'unregistered'");
        assertThatThrownBy(() -> KnowledgeParser.ports("70000" + ROW.substring(3)))
                .hasMessageContaining("'70000' is not a number from 0 to 65535");
        assertThatThrownBy(() -> KnowledgeParser.ports(ROW.replace("\t25\t", "\t25,21\t")))
                .hasMessageContaining("ascending");
        assertThatThrownBy(() -> KnowledgeParser.ports(ROW.replace("\tmail\t", "\tmail")))
                .hasMessageContaining("has 16 columns, not 17");
    }

    @Test
    void protocolNumbersAndUnaskedDescriptionsAreRead() {
        List<IpProtocol> p = KnowledgeParser.protocols("47\tGRE\tGeneric Routing Encapsulation\t-\t通用路由封装"
                + "\tnetwork-plus\tTunnels.\t隧道。\tIANA protocol numbers 47; RFC 2784\n");
        assertThat(p).extracting(IpProtocol::number).containsExactly(47);
        assertThat(p.get(0).otherNames()).isEmpty();
        assertThat(KnowledgeParser.unasked("22\tpcAnywhere is not on 22\tIANA registry\n")).containsExactly(22);
        List<TrojanClaim> trojans = KnowledgeParser.trojans("Vodoo\t1245\tdocuments, port 1245\tVoodoo Doll\n"
                + "netspy\t1025,1033\tdocuments\t-\n");
        assertThat(trojans).extracting(TrojanClaim::shown)
                .containsExactly("Voodoo Doll (the documents: \u201CVodoo\u201D)", "netspy");
        assertThat(trojans.get(1).ports()).containsExactly(1025, 1033);
        assertThatThrownBy(() -> KnowledgeParser.protocols("256\tX\tX\t-\t-\tccna\tx\tx\tIANA\n"))
                .hasMessageContaining("0 to 255");
    }
}
