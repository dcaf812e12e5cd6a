package com.portdrill.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code portdrill scan} end to end, in plain mode, on the committed samples and this machine's sockets. */
class ScanCommandTest {
    @TempDir
    Path tmp;

    private static CommandRunner run(String... args) {
        return CommandRunner.run(args);
    }

    private static CommandRunner run(InputStream in, String... args) {
        return CommandRunner.run(in, args);
    }

    private Path sample(String name) throws IOException {
        Path file = tmp.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/scan/" + name)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private static void oneLineOnStderr(CommandRunner r, int code, String says) {
        assertThat(r.exitCode()).isEqualTo(code);
        assertThat(r.err()).startsWith("portdrill: ").contains(says).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.err().strip().lines().count()).isEqualTo(1);
    }

    @Test
    void explainsEachOpenPortOfAnSsFileWithFlagsAndASummary() throws IOException {
        CommandRunner r = run("scan", sample("ss-tulpn.txt").toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains("23/tcp  every interface  process python3 (pid 12227)\n"
                        + "  Service: Telnet: A remote terminal in clear text, password included; SSH replaces it. · the documents say Telnet · IANA tcp: telnet · verdict agrees\n"
                        + "  ! Credentials in clear: Telnet sends the login and everything typed in clear; use SSH (22)")
                .contains("8080/tcp  loopback only (127.0.0.1)  process python3 (pid 5099)")
                .contains("! The documents name this port for a trojan or backdoor: “Trojan programs like SubSeven 2.0")
                .contains("! Unregistered use: IANA assigns nothing on 41000/tcp")
                .endsWith("\n12 open ports, 8 flagged: credentials in clear 3, database or admin service beyond loopback 4,"
                        + " trojan or backdoor in the documents 1, unregistered use 2\n");
    }

    @Test
    void speaksChineseUnderLangZh() throws IOException {
        CommandRunner r = run("scan", sample("nmap.xml").toString(), "--lang", "zh");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("23/tcp  仅本机回环（127.0.0.1）").contains("明文凭据：Telnet 以明文发送登录信息")
                .contains("共 6 个开放端口，4 个被标记").doesNotContain("open ports");
    }

    @Test
    void jsonGivesEveryFieldAndExplainsObjectForEachRow() throws IOException {
        CommandRunner r = run("scan", sample("netstat-ano-windows.txt").toString(), "--json");
        assertThat(r.exitCode()).isZero();
        JsonNode o = new ObjectMapper().readTree(r.out());
        JsonNode rows = o.get("rows");
        assertThat(rows).hasSize(14);
        JsonNode telnet = rows.get(8);
        assertThat(telnet.get("port").asInt()).isEqualTo(23);
        assertThat(telnet.get("transport").asText()).isEqualTo("tcp");
        assertThat(telnet.get("address").asText()).isEqualTo("::");
        assertThat(telnet.get("reach").asText()).isEqualTo("every-interface");
        assertThat(telnet.get("process").asText()).isEqualTo("pid 5120");
        assertThat(telnet.get("banner").isNull()).isTrue();
        assertThat(telnet.get("flags").get(0).get("flag").asText()).isEqualTo("cleartext");
        assertThat(telnet.get("flags").get(0).get("source").asText()).contains("RFC 854");
        assertThat(telnet.get("flags").get(1).get("zh").asText()).isEqualTo("向网络开放的远程 shell");
        assertThat(telnet.get("explain")).isEqualTo(new ObjectMapper().readTree(run("explain", "23", "--json").out()));
        JsonNode summary = o.get("summary");
        assertThat(summary.get("format").asText()).isEqualTo("netstat-windows");
        assertThat(summary.get("open").asInt()).isEqualTo(14);
        assertThat(summary.get("flagged").asInt()).isEqualTo(3);
        assertThat(summary.get("byFlag").get("exposed").asInt()).isEqualTo(2);
        assertThat(summary.get("unreadableLines").asInt()).isZero();
        assertThat(summary.get("ports")).hasSize(10);
    }

    @Test
    void readsStandardInputWithADash() throws IOException {
        CommandRunner r = run(Files.newInputStream(sample("netstat-an-macos.txt")), "scan", "-");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("21/tcp  on 192.168.1.20").endsWith("12 open ports, 3 flagged: credentials in clear 1,"
                + " database or admin service beyond loopback 2\n");
    }

    @Test
    void everyFormatSampleIsReadWithoutAnUnreadableLine() throws IOException {
        for (String name : new String[]{"nmap.xml", "nmap.gnmap", "nmap.nmap", "ss-tulpn.txt", "ss-tan.txt",
            "netstat-an-linux.txt", "netstat-tulpn-linux.txt", "netstat-an-macos.txt", "netstat-ano-windows.txt",
            "proc-net-tcp.txt", "proc-net-udp.txt"}) {
            CommandRunner r = run("scan", sample(name).toString(), "--json");
            assertThat(r.exitCode()).as(name).isZero();
            assertThat(r.err()).as(name).isEmpty();
            assertThat(new ObjectMapper().readTree(r.out()).get("rows").size()).as(name).isPositive();
        }
    }

    @Test
    void hostileInputIsShownInertAndItsBadLinesCountedInOneLine() throws IOException {
        CommandRunner r = run("scan", sample("ss-hostile.txt").toString());
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).doesNotContain("\u001b").doesNotContain("\u0007").contains("process ␛[2J␛]0;pwned␇evil (pid 66)");
        assertThat(r.err()).isEqualTo("portdrill: 2 lines could not be read (the first is line 4); they are left out\n");
        CommandRunner json = run("scan", sample("ss-hostile.txt").toString(), "--json");
        assertThat(json.out()).doesNotContain("\\u001B").doesNotContain("\\u001b");
        assertThat(new ObjectMapper().readTree(json.out()).get("summary").get("firstUnreadableLine").asInt()).isEqualTo(4);
    }

    @Test
    void hostileXmlAndGarbageGetOneLineAndExitOne() throws IOException {
        oneLineOnStderr(run("scan", sample("xxe.xml").toString()), 1, "refused unread");
        oneLineOnStderr(run("scan", sample("billion-laughs.xml").toString()), 1, "refused unread");
        oneLineOnStderr(run("scan", sample("garbage.txt").toString()), 1, "cannot tell what this scan is");
        oneLineOnStderr(run("scan", sample("garbage.bin").toString()), 1, "binary");
        oneLineOnStderr(run("scan", tmp.resolve("none.xml").toString()), 1, "no file");
        CommandRunner xxe = run("scan", sample("xxe.xml").toString(), "--json");
        assertThat(xxe.out()).doesNotContain("root:");
    }

    @Test
    void badOptionsAreUsageErrors() throws IOException {
        oneLineOnStderr(run("scan", sample("nmap.xml").toString(), "--format", "pcap"), 2, "not a format portdrill reads");
        oneLineOnStderr(run("scan", "--format", "ss"), 2, "--format names the format of a file");
        oneLineOnStderr(run("scan", sample("nmap.xml").toString(), "--deck", "../evil"), 2, "is not a deck name");
        oneLineOnStderr(run("scan", sample("nmap.xml").toString(), "--deck", "network-plus", "--decks-dir", tmp.toString()), 2,
                "built deck's name");
        assertThat(tmp.resolve("network-plus.json")).doesNotExist();
    }

    @Test
    void aForcedFormatReadsWhatCouldNotBeRecognised() throws IOException {
        Path headless = tmp.resolve("headless.txt");
        Files.writeString(headless, "LISTEN 0 128 0.0.0.0:22 0.0.0.0:*\n");
        assertThat(run("scan", headless.toString()).exitCode()).isEqualTo(1);
        CommandRunner r = run("scan", headless.toString(), "--format", "ss");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("22/tcp  every interface");
    }

    @Test
    void theDeckWrittenFromAScanStudiesInPlainMode() throws IOException {
        Path decks = tmp.resolve("decks");
        CommandRunner scan = run("scan", sample("nmap.nmap").toString(), "--deck", "my-lab", "--decks-dir", decks.toString());
        assertThat(scan.exitCode()).isZero();
        assertThat(scan.out()).containsPattern("Wrote deck 'my-lab': \\d+ cards for 5 of the 6 ports found; study it with"
                + " 'portdrill study --deck my-lab'");
        assertThat(decks.resolve("my-lab.json")).exists();
        CommandRunner list = run("decks", "list", "--decks-dir", decks.toString());
        assertThat(list.out()).contains("my-lab").contains("Ports found by scan");
        CommandRunner study = run(new ByteArrayInputStream("tcp 23 telnet\ntcp 110 pop3\n".getBytes(StandardCharsets.UTF_8)), "study", "--deck", "my-lab",
                "--plain", "--decks-dir", decks.toString(), "--data-dir", tmp.resolve("progress").toString(), "--seed", "7",
                "--limit", "2");
        assertThat(study.exitCode()).isZero();
        assertThat(study.out()).containsPattern("\\[0 done · 2 left\\] ").containsPattern("(?m)^(Correct|Close|Wrong)");
        assertThat(study.out()).containsAnyOf("23", "110", "1234", "Telnet", "POP3", "pop3");
    }

    @Test
    void withJsonTheDeckMessageGoesToStandardErrorSoTheJsonStaysWhole() throws IOException {
        Path decks = tmp.resolve("decks");
        CommandRunner r = run("scan", sample("nmap.xml").toString(), "--json", "--deck", "lab", "--decks-dir", decks.toString());
        assertThat(r.exitCode()).isZero();
        assertThat(new ObjectMapper().readTree(r.out()).get("rows")).hasSize(6);
        assertThat(r.err()).startsWith("Wrote deck 'lab'");
    }

    @Test
    void withNoFileItReadsThisMachinesSocketsIncludingOneTheTestOpens() throws IOException {
        assumeTrue(Files.isRegularFile(Path.of("/proc/net/tcp")), "Linux's /proc/net");
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CommandRunner r = run("scan", "--json");
            assertThat(r.exitCode()).isZero();
            JsonNode rows = new ObjectMapper().readTree(r.out()).get("rows");
            assertThat(rows).anySatisfy(row -> {
                assertThat(row.get("port").asInt()).isEqualTo(server.getLocalPort());
                assertThat(row.get("reach").asText()).isEqualTo("loopback");
            });
            assertThat(new ObjectMapper().readTree(r.out()).get("summary").get("format").asText()).isEqualTo("proc-net");
        }
    }
}
