package com.portdrill.text;

import com.portdrill.catalogue.Verdict;
import com.portdrill.deck.Direction;
import com.portdrill.knowledge.ScenarioKind;
import com.portdrill.knowledge.Tier;
import com.portdrill.knowledge.Transport;
import com.portdrill.scan.Flag;
import com.portdrill.scan.ScanFormat;
import com.portdrill.session.AnswerMode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The words decks, data files and the command line already use, now that enums derive them from their names. */
class CodedTest {
    @Test
    void theWordIsTheNameInLowerCaseWithHyphens() {
        assertThat(Tier.A_PLUS.code()).isEqualTo("a-plus");
        assertThat(Tier.NETWORK_PLUS.code()).isEqualTo("network-plus");
        assertThat(ScenarioKind.READ_LINE.code()).isEqualTo("read-line");
        assertThat(ScanFormat.NETSTAT_WINDOWS.code()).isEqualTo("netstat-windows");
        assertThat(ScanFormat.PROC_NET.code()).isEqualTo("proc-net");
        assertThat(Flag.UNREGISTERED.code()).isEqualTo("unregistered");
        assertThat(Direction.PORT_TO_SERVICE.code()).isEqualTo("port-to-service");
        assertThat(Verdict.DISAGREES.code()).isEqualTo("disagrees");
        assertThat(AnswerMode.CHOICE.code()).isEqualTo("choice");
    }

    @Test
    void anEnumWhoseWordIsNotItsNameKeepsItsOwn() {
        assertThat(Transport.TCP_UDP.code()).isEqualTo("tcp+udp");
        assertThat(Transport.of("tcp+udp")).contains(Transport.TCP_UDP);
        assertThat(Transport.of("tcp-udp")).isEmpty();
    }

    @Test
    void aWordIsReadBackExactlyOrNotAtAll() {
        assertThat(Coded.of(Tier.values(), "security-plus")).contains(Tier.SECURITY_PLUS);
        assertThat(Coded.of(ScanFormat.values(), "nmap-xml")).contains(ScanFormat.NMAP_XML);
        assertThat(Coded.of(ScanFormat.values(), "NMAP-XML")).isEmpty();
        assertThat(Coded.of(ScanFormat.values(), "nmap_xml")).isEmpty();
        assertThat(Coded.of(Flag.values(), "")).isEmpty();
    }

    @Test
    void everyConstantIsFoundByItsWord() {
        for (Tier t : Tier.values()) {
            assertThat(Tier.of(t.code())).contains(t);
        }
        for (ScanFormat f : ScanFormat.values()) {
            assertThat(ScanFormat.ofCode(f.code())).contains(f);
        }
        for (Direction d : Direction.values()) {
            assertThat(Direction.ofCode(d.code())).contains(d);
        }
    }
}
