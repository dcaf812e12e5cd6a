package com.portdrill.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.portdrill.deck.PortKnowledge;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Messages;
import com.portdrill.session.ExplanationText;
import com.portdrill.session.PortReport;
import com.portdrill.text.Sanitize;
import com.portdrill.testing.ShippedKnowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ExplainCommandTest {
    @Test
    void explainsACataloguePortWithDocumentsIanaVerdictAndCorrection() throws Exception {
        CommandRunner r = CommandRunner.run("explain", "110", "--json");
        assertThat(r.exitCode()).isZero();
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertThat(o.get("port").asInt()).isEqualTo(110);
        assertThat(o.get("documents")).hasSize(2);
        assertThat(o.get("documents").get(0).get("service").asText()).isEqualTo("SUN’s RPC services all ports");
        assertThat(o.get("iana").get("tcp").get(0).get("name").asText()).isEqualTo("pop3");
        assertThat(o.get("verdict").asText()).isEqualTo("disagrees");
        assertThat(o.get("correction").get("en").asText()).contains("111");
    }

    @Test
    void answersAPortTheDocumentsLackFromIanaAlone() throws Exception {
        CommandRunner r = CommandRunner.run("explain", "3389", "--json");
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertThat(o.get("documents")).isEmpty();
        assertThat(o.get("iana").get("tcp").get(0).get("name").asText()).isEqualTo("ms-wbt-server");
        assertThat(o.get("verdict").isNull()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"ssh,22", "DNS,53", "domain,53", "SSH,22", "https,443"})
    void explainsAServiceNameOrAlias(String name, int port) throws Exception {
        CommandRunner r = CommandRunner.run("explain", name, "--json");
        assertThat(r.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).get("port").asInt()).isEqualTo(port);
    }

    @Test
    void printsTextInTheLanguageAsked() {
        CommandRunner en = CommandRunner.run("explain", "109");
        assertThat(en.out()).contains("Port 109").contains("109/tcp  pop2").contains("Verdict: the document disagrees with IANA (disagrees)").contains("POP3 is port 110");
        CommandRunner zh = CommandRunner.run("explain", "109", "--lang", "zh");
        assertThat(zh.out()).contains("POP3服务器开放此端口").contains("109 端口是 POP2");
        assertThat(zh.out()).contains("端口 109").contains("判定：文档与 IANA 不一致（disagrees）").contains("更正：")
                .doesNotContain("Verdict").doesNotContain("Documents");
    }

    @Test
    void aPortOnlyOneDocumentHoldsIsSaidToBeSo() {
        assertThat(CommandRunner.run("explain", "1600").out()).contains("Only the English port list has this port.");
        assertThat(CommandRunner.run("explain", "1600", "--lang", "zh").out()).contains("只有英文端口表有这个端口。")
                .contains("英文端口表：The Shivka-Burka Trojan");
    }

    @ParameterizedTest
    @CsvSource(value = {"70000|2", "-1|2", "''|2", "99999999999999|2", "no-such-service|1"}, delimiter = '|')
    void badInputGetsOneLineAndAnExitCode(String arg, int code) {
        CommandRunner r = CommandRunner.run("explain", arg);
        assertThat(r.exitCode()).isEqualTo(code);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("Exception").contains("portdrill explain 22");
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        CommandRunner r = CommandRunner.run("explain", "22", "--bogus");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).contains("--bogus").doesNotContain("\n");
    }

    private static List<String> portsOf(String query) {
        return CommandRunner.run("explain", query).out().lines().filter(l -> l.startsWith("Port ")).toList();
    }

    @Test
    void everyNameACardAcceptsFindsTheRightPortFirst() {
        assertThat(portsOf("sftp")).containsExactly("Port 22");
        assertThat(portsOf("scp")).containsExactly("Port 22");
        assertThat(portsOf("Oracle")).containsExactly("Port 1521");
        assertThat(portsOf("WinRM")).containsExactly("Port 5985", "Port 5986");
        assertThat(portsOf("rpc")).containsExactly("Port 111", "Port 135");
        assertThat(portsOf("netbios")).containsExactly("Port 137", "Port 138", "Port 139");
        assertThat(portsOf("smtps")).containsExactly("Port 465", "Port 587");
        assertThat(portsOf("tacacs+")).containsExactly("Port 49");
        assertThat(portsOf("IKE")).containsExactly("Port 500", "Port 4500");
        assertThat(portsOf("vnc")).containsExactly("Port 5900");
        assertThat(portsOf("POP3")).containsExactly("Port 110");
        assertThat(portsOf("远程桌面")).containsExactly("Port 3389");
        assertThat(portsOf("netspy")).containsExactly("Port 1025", "Port 1033");
        assertThat(portsOf("22/tcp")).containsExactly("Port 22");
        assertThat(portsOf("tcp/22")).containsExactly("Port 22");
        assertThat(portsOf("２２")).containsExactly("Port 22");
    }

    @Test
    void explainSaysWhatWeTeachAndWhetherItIsAConvention() {
        String rdp = CommandRunner.run("explain", "3389").out();
        assertThat(rdp).contains("Taught as: RDP — Remote Desktop Protocol").contains("Terminal Services");
        String oracle = CommandRunner.run("explain", "oracle").out();
        assertThat(oracle).contains("A convention, not an IANA registration.").contains("ncube-lm");
        String smtps = CommandRunner.run("explain", "smtps").out();
        assertThat(smtps).contains("RFC 8314").contains("CompTIA");
    }

    @Test
    void anUnknownNameGetsTheNearestOnes() {
        CommandRunner r = CommandRunner.run("explain", "kerberoz");
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err().strip()).doesNotContain("\n").contains("did you mean Kerberos (88)?");
    }

    @ParameterizedTest
    @ValueSource(strings = {"22", "ssh", "109", "1600", "WinRM"})
    void explainPrintsThePortReportsLinesEachPortUnderItsHeading(String query) {
        PortKnowledge knowledge = ShippedKnowledge.knowledge();
        for (Lang ui : Lang.values()) {
            List<String> report = PortReport.of(knowledge, query, Messages.of(ui), ui).lines().stream()
                    .map(l -> (l.part() == ExplanationText.Part.HEADING ? "" : "  ") + Sanitize.forTerminal(l.text())).toList();
            CommandRunner r = CommandRunner.run("explain", query, "--lang", ui == Lang.ZH ? "zh" : "en");
            assertThat(r.out().lines().filter(l -> !l.isEmpty()).toList()).as("%s in %s", query, ui).isEqualTo(report);
        }
    }

    @Test
    void aQueryThatNamesNoPortSaysWhatTheLookUpSaysAndWhatToType() {
        assertThat(CommandRunner.run("explain", "70000").err().strip()).isEqualTo("portdrill: Port 70000 is out of range: "
                + "give 0 to 65535 or a service name, e.g. 'portdrill explain 22' or 'portdrill explain ssh'");
        assertThat(CommandRunner.run("explain", "70000", "--lang", "zh").err()).contains("端口 70000 超出范围");
    }
}
