package com.portdrill.deck;

import com.portdrill.catalogue.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class AnswerJudgeTest {
    private static final Explanation EXPLANATION = new Explanation(List.of(53), "Domain Name Server (DNS)", null, null,
            Set.of(), "53 domain (tcp/udp): Domain Name Server", Verdict.AGREES, null, null, null, null);

    private static final Card DNS = service("p2s:53", List.of("DNS", "Domain Name System", "domain", "Domain Name Server"),
            List.of("DHCP", "TFTP"));
    private static final Card IMAP = service("p2s:143", List.of("IMAP", "Internet Message Access Protocol", "imap"),
            List.of("IMAPS", "POP3"));
    private static final Card SSH = service("p2s:22", List.of("SSH", "Secure Shell", "SFTP"), List.of("Telnet"));
    private static final Card NETBIOS_NS = service("p2s:137", List.of("NetBIOS name service", "NetBIOS-NS", "NetBIOS"),
            List.of("NetBIOS datagram service"));
    private static final Card TACACS_PLUS = service("p2s:49",
            List.of("TACACS+", "Terminal Access Controller Access-Control System Plus", "TACACS+ 协议"),
            List.of("RADIUS", "Kerberos"));
    /** A card whose names include plain TACACS, as the older protocol's own card would. */
    private static final Card TACACS = service("p2s:49", List.of("TACACS", "TACACS+"), List.of("RADIUS"));
    private static final Card PORT_53 = ports("s2p:53", List.of(53));
    private static final Card NETBIOS = ports("s2p:137,138,139", List.of(137, 138, 139));
    private static final Card DHCP = ports("s2p:67,68", List.of(67, 68));

    static Stream<Arguments> cases() {
        return Stream.of(
                // service names: case, spacing, punctuation, aliases
                arguments(DNS, "DNS", Outcome.CORRECT, "DNS"),
                arguments(DNS, "dns", Outcome.CORRECT, "DNS"),
                arguments(DNS, "  d n s ", Outcome.CORRECT, "DNS"),
                arguments(DNS, "D.N.S.", Outcome.CORRECT, "DNS"),
                arguments(DNS, "domain", Outcome.CORRECT, "domain"),
                arguments(DNS, "domain name system", Outcome.CORRECT, "Domain Name System"),
                arguments(DNS, "Domain-Name-Server", Outcome.CORRECT, "Domain Name Server"),
                // full width
                arguments(DNS, "ＤＮＳ", Outcome.CORRECT, "DNS"),
                arguments(DNS, "ｄｏｍａｉｎ", Outcome.CORRECT, "domain"),
                // typos scaled to length
                arguments(DNS, "DSN", Outcome.WRONG, "DNS"),
                arguments(DNS, "domian", Outcome.CLOSE, "domain"),
                arguments(DNS, "Domain Name Sytsem", Outcome.CLOSE, "Domain Name System"),
                arguments(DNS, "Domane Nme Sistem", Outcome.WRONG, "DNS"),
                arguments(SSH, "SHH", Outcome.WRONG, "SSH"),
                arguments(SSH, "Secure Shel", Outcome.CLOSE, "Secure Shell"),
                arguments(IMAP, "IMPA", Outcome.CLOSE, "IMAP"),
                // another service's exact name is a mix-up, not a typo
                arguments(IMAP, "IMAPS", Outcome.WRONG, "IMAP"),
                arguments(IMAP, "imap s", Outcome.WRONG, "IMAP"),
                arguments(NETBIOS_NS, "netbios ns", Outcome.CORRECT, "NetBIOS-NS"),
                arguments(NETBIOS_NS, "Net BIOS", Outcome.CORRECT, "NetBIOS"),
                arguments(NETBIOS_NS, "NetBIOS datagram service", Outcome.WRONG, "NetBIOS name service"),
                arguments(DNS, "HTTP", Outcome.WRONG, "DNS"),
                // ports: numbers only, no typo allowance
                arguments(PORT_53, "53", Outcome.CORRECT, "53"),
                arguments(PORT_53, " 53 ", Outcome.CORRECT, "53"),
                arguments(PORT_53, "８０", Outcome.WRONG, "53"),
                arguments(PORT_53, "５３", Outcome.CORRECT, "53"),
                arguments(PORT_53, "053", Outcome.CORRECT, "53"),
                arguments(PORT_53, "53/udp", Outcome.CORRECT, "53"),
                arguments(PORT_53, "tcp 53", Outcome.CORRECT, "53"),
                arguments(PORT_53, "35", Outcome.WRONG, "53"),
                arguments(PORT_53, "54", Outcome.WRONG, "53"),
                arguments(PORT_53, "53 54", Outcome.WRONG, "53"),
                arguments(PORT_53, "99999999999", Outcome.WRONG, "53"),
                arguments(PORT_53, "-53", Outcome.WRONG, "53"),
                // groups: all ports, any order, any separator
                arguments(NETBIOS, "137 138 139", Outcome.CORRECT, "137, 138, 139"),
                arguments(NETBIOS, "139,137,138", Outcome.CORRECT, "137, 138, 139"),
                arguments(NETBIOS, "137、138、139", Outcome.CORRECT, "137, 138, 139"),
                arguments(NETBIOS, "137，138，139", Outcome.CORRECT, "137, 138, 139"),
                arguments(NETBIOS, "１３７、１３８、１３９", Outcome.CORRECT, "137, 138, 139"),
                arguments(NETBIOS, "137; 138 / 139", Outcome.CORRECT, "137, 138, 139"),
                arguments(NETBIOS, "137 138 139 139", Outcome.CORRECT, "137, 138, 139"),
                arguments(NETBIOS, "137 138", Outcome.WRONG, "137, 138, 139"),
                arguments(NETBIOS, "137-139", Outcome.CORRECT, "137, 138, 139"),
                arguments(NETBIOS, "ports 137 to 139", Outcome.CORRECT, "137, 138, 139"),
                arguments(NETBIOS, "137 138 139 140", Outcome.WRONG, "137, 138, 139"),
                arguments(DHCP, "68 67", Outcome.CORRECT, "67, 68"),
                arguments(DHCP, "67", Outcome.WRONG, "67, 68"),
                arguments(DHCP, "67 and 68", Outcome.CORRECT, "67, 68"),
                arguments(DHCP, "port 67 or port 68", Outcome.CORRECT, "67, 68"),
                // what a name says: brackets, a transport, "protocol"
                arguments(SSH, "SSH (Secure Shell)", Outcome.CORRECT, "SSH"),
                arguments(SSH, "secure shell protocol", Outcome.CORRECT, "Secure Shell"),
                arguments(SSH, "SSH (Telnet)", Outcome.WRONG, "SSH"),
                arguments(DNS, "DNS (UDP)", Outcome.CORRECT, "DNS"),
                // a typo that changes what tells protocols apart is another protocol
                arguments(IMAP, "IMAP4", Outcome.WRONG, "IMAP"),
                // a "+" ending a name is part of it: TACACS+ is not the older TACACS
                arguments(TACACS_PLUS, "TACACS+", Outcome.CORRECT, "TACACS+"),
                arguments(TACACS_PLUS, "tacacs +", Outcome.CORRECT, "TACACS+"),
                arguments(TACACS_PLUS, "tacacs plus", Outcome.CORRECT, "TACACS+"),
                arguments(TACACS_PLUS, "ＴＡＣＡＣＳ＋", Outcome.CORRECT, "TACACS+"),
                arguments(TACACS_PLUS, "TACACS+ (TCP)", Outcome.CORRECT, "TACACS+"),
                arguments(TACACS_PLUS, "TACACS+协议", Outcome.CORRECT, "TACACS+"),
                arguments(TACACS_PLUS, "TACACS", Outcome.WRONG, "TACACS+"),
                arguments(TACACS_PLUS, "tacacs protocol", Outcome.WRONG, "TACACS+"),
                arguments(TACACS_PLUS, "Terminal Access Controller Access-Control System", Outcome.WRONG, "TACACS+"),
                arguments(TACACS_PLUS, "Terminal Access Controler Access-Control System Plus", Outcome.CLOSE,
                        "Terminal Access Controller Access-Control System Plus"),
                arguments(TACACS, "TACACS", Outcome.CORRECT, "TACACS"),
                arguments(TACACS, "TACACS+", Outcome.CORRECT, "TACACS+"),
                // a "+" between words joins them, as a transport written tcp+udp
                arguments(DNS, "DNS (TCP+UDP)", Outcome.CORRECT, "DNS"),
                arguments(DNS, "DNS tcp+udp", Outcome.CORRECT, "DNS"));
    }

    @ParameterizedTest(name = "[{index}] {1} → {2}")
    @MethodSource("cases")
    void judgesAsAPersonWould(Card card, String typed, Outcome outcome, String answer) {
        Judgement.Judged j = (Judgement.Judged) AnswerJudge.judge(card, typed);
        assertThat(List.of(j.outcome(), j.answer())).isEqualTo(List.of(outcome, answer));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DNS", "port", "ssh please", "POP3"})
    void aNameWhereAPortIsAskedIsNotScored(String typed) {
        assertThat(AnswerJudge.judge(PORT_53, typed)).isEqualTo(new Judgement.WrongKind(AnswerKind.PORTS));
    }

    @ParameterizedTest
    @ValueSource(strings = {"53", "port 53", "53/udp", "５３"})
    void aNumberWhereANameIsAskedIsNotScored(String typed) {
        assertThat(AnswerJudge.judge(DNS, typed)).isEqualTo(new Judgement.WrongKind(AnswerKind.SERVICE));
    }

    @Test
    void aPartlyRightGroupSaysWhatIsMissing() {
        assertThat(AnswerJudge.judge(NETBIOS, "137 and 139"))
                .isEqualTo(new Judgement.Judged(Outcome.WRONG, "137, 138, 139", List.of(138)));
        assertThat(AnswerJudge.judge(DHCP, "68")).isEqualTo(new Judgement.Judged(Outcome.WRONG, "67, 68", List.of(67)));
        assertThat(AnswerJudge.judge(DHCP, "67 69")).isEqualTo(new Judgement.Judged(Outcome.WRONG, "67, 68"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t", "　", "...", "、", " ，"})
    void blankIsNeverAcceptedButAskedAgain(String typed) {
        assertThat(AnswerJudge.judge(DNS, typed)).isInstanceOf(Judgement.Blank.class);
        assertThat(AnswerJudge.judge(NETBIOS, typed)).isInstanceOf(Judgement.Blank.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"DNS", "SMB", "RDP", "SIP"})
    void shortAbbreviationsGetNoTypoAllowance(String name) {
        assertThat(AnswerJudge.allowedTypos(name.toLowerCase())).isZero();
    }

    private static Card service(String id, List<String> accepted, List<String> distractors) {
        return new Card(id, Direction.PORT_TO_SERVICE, "Port: which service?", "端口是什么服务？", AnswerKind.SERVICE,
                List.of(), accepted, distractors, EXPLANATION);
    }

    private static Card ports(String id, List<Integer> answer) {
        return new Card(id, Direction.SERVICE_TO_PORT, "Which port?", "哪个端口？", AnswerKind.PORTS, answer,
                List.of(), List.of("1, 2"), EXPLANATION);
    }
}
