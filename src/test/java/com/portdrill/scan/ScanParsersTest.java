package com.portdrill.scan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every line format on the committed samples (made with the real tools here; macOS and Windows from their documentation). */
class ScanParsersTest {
    private record Parsed(List<Listener> rows, List<Integer> unreadable) {
        /** {@code 23/tcp EVERY_INTERFACE python3 (pid 12227)}, one per row, for compact expectations. */
        List<String> brief() {
            return rows.stream().map(l -> l.port() + "/" + l.transport().code() + " " + l.reach()
                    + (l.process() == null ? "" : " " + l.process())).collect(Collectors.toList());
        }
    }

    static String sample(String name) {
        try (InputStream in = ScanParsersTest.class.getResourceAsStream("/scan/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static Parsed parse(LineParser parser, String text) {
        List<Listener> rows = new ArrayList<>();
        List<Integer> unreadable = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (parser.read(lines[i], rows::add) == LineParser.Line.UNREADABLE) {
                unreadable.add(i + 1);
            }
        }
        return new Parsed(rows, unreadable);
    }

    @ParameterizedTest
    @CsvSource({
        "nmap.xml, NMAP_XML", "xxe.xml, NMAP_XML", "nmap.gnmap, NMAP_GREPABLE", "nmap.nmap, NMAP_NORMAL",
        "ss-tulpn.txt, SS", "ss-tan.txt, SS", "netstat-an-linux.txt, NETSTAT_LINUX", "netstat-tulpn-linux.txt, NETSTAT_LINUX",
        "netstat-an-macos.txt, NETSTAT_MACOS", "netstat-ano-windows.txt, NETSTAT_WINDOWS", "proc-net-tcp.txt, PROC_NET",
        "proc-net-udp6.txt, PROC_NET"})
    void recognisesEachSample(String file, ScanFormat format) {
        assertThat(FormatDetector.detect(sample(file).lines().limit(40).toList())).contains(format);
    }

    @Test
    void proseIsNoFormat() {
        assertThat(FormatDetector.detect(List.of("hello", "this is not a scan"))).isEmpty();
    }

    @Test
    void ssTulpnGivesListeningTcpAndUnconnectedUdpWithTheirProcess() {
        Parsed p = parse(ScanFormat.SS.parser(), sample("ss-tulpn.txt"));
        assertThat(p.unreadable()).isEmpty();
        assertThat(p.brief()).contains("161/udp EVERY_INTERFACE python3 (pid 12227)", "5353/udp LOOPBACK python3 (pid 12227)",
                "41001/udp EVERY_INTERFACE python3 (pid 12227)", "23/tcp EVERY_INTERFACE python3 (pid 12227)",
                "2024/tcp EVERY_INTERFACE", "8080/tcp LOOPBACK python3 (pid 5099)", "5432/tcp EVERY_INTERFACE python3 (pid 12227)",
                "631/tcp LOOPBACK python3 (pid 12227)").hasSize(12);
    }

    @Test
    void ssTanKeepsListenersAndSkipsConnections() {
        Parsed p = parse(ScanFormat.SS.parser(), sample("ss-tan.txt"));
        assertThat(p.unreadable()).isEmpty();
        assertThat(p.rows()).allMatch(l -> l.transport() == Transport.TCP).extracting(Listener::port)
                .contains(23, 1234, 3306, 41000, 5432, 631, 110, 8080).doesNotHaveDuplicates();
    }

    @Test
    void linuxNetstatReadsBothFormsAndSkipsUnixSockets() {
        Parsed an = parse(ScanFormat.NETSTAT_LINUX.parser(), sample("netstat-an-linux.txt"));
        assertThat(an.unreadable()).isEmpty();
        assertThat(an.brief()).containsExactly("23/tcp EVERY_INTERFACE", "2024/tcp EVERY_INTERFACE", "1234/tcp EVERY_INTERFACE",
                "110/tcp LOOPBACK", "3306/tcp EVERY_INTERFACE", "8080/tcp LOOPBACK", "41000/tcp EVERY_INTERFACE",
                "5432/tcp EVERY_INTERFACE", "631/tcp LOOPBACK", "161/udp EVERY_INTERFACE", "5353/udp LOOPBACK",
                "41001/udp EVERY_INTERFACE");
        Parsed tulpn = parse(ScanFormat.NETSTAT_LINUX.parser(), sample("netstat-tulpn-linux.txt"));
        assertThat(tulpn.unreadable()).isEmpty();
        assertThat(tulpn.brief()).contains("23/tcp EVERY_INTERFACE 12227/python3", "2024/tcp EVERY_INTERFACE",
                "161/udp EVERY_INTERFACE 12227/python3").hasSize(12);
    }

    @Test
    void macosNetstatTakesThePortAfterTheLastDot() {
        Parsed p = parse(ScanFormat.NETSTAT_MACOS.parser(), sample("netstat-an-macos.txt"));
        assertThat(p.unreadable()).isEmpty();
        assertThat(p.brief()).containsExactly("8080/tcp LOOPBACK", "22/tcp EVERY_INTERFACE", "22/tcp EVERY_INTERFACE",
                "631/tcp LOOPBACK", "631/tcp LOOPBACK", "5900/tcp EVERY_INTERFACE", "3306/tcp EVERY_INTERFACE",
                "21/tcp ONE_ADDRESS", "5353/udp EVERY_INTERFACE", "5353/udp EVERY_INTERFACE", "123/udp ONE_ADDRESS",
                "123/udp ONE_ADDRESS");
        assertThat(p.rows().get(11).address()).isEqualTo("fe80::1%lo0");
    }

    @Test
    void windowsNetstatReadsBracketsAndUdpWithoutAState() {
        Parsed p = parse(ScanFormat.NETSTAT_WINDOWS.parser(), sample("netstat-ano-windows.txt"));
        assertThat(p.unreadable()).isEmpty();
        assertThat(p.brief()).containsExactly("135/tcp EVERY_INTERFACE pid 1032", "445/tcp EVERY_INTERFACE pid 4",
                "3389/tcp EVERY_INTERFACE pid 1244", "5939/tcp LOOPBACK pid 3456", "139/tcp ONE_ADDRESS pid 4",
                "135/tcp EVERY_INTERFACE pid 1032", "445/tcp EVERY_INTERFACE pid 4", "1433/tcp LOOPBACK pid 2204",
                "23/tcp EVERY_INTERFACE pid 5120", "500/udp EVERY_INTERFACE pid 4321", "5353/udp EVERY_INTERFACE pid 2480",
                "1900/udp LOOPBACK pid 2222", "500/udp EVERY_INTERFACE pid 4321", "1900/udp ONE_ADDRESS pid 2222");
    }

    @Test
    void nmapGrepableAndNormalKeepOpenPortsWithTheHostAndBanner() {
        Parsed g = parse(ScanFormat.NMAP_GREPABLE.parser(), sample("nmap.gnmap"));
        Parsed n = parse(ScanFormat.NMAP_NORMAL.parser(), sample("nmap.nmap"));
        for (Parsed p : List.of(g, n)) {
            assertThat(p.unreadable()).isEmpty();
            assertThat(p.rows()).extracting(Listener::port).containsExactly(23, 110, 1234, 3306, 8080, 41000);
            assertThat(p.rows()).allMatch(l -> l.address().equals("127.0.0.1") && l.reach() == Reach.LOOPBACK);
        }
        assertThat(g.rows().get(4).banner()).isEqualTo("SimpleHTTPServer 0.6 (Python 3.11.7)");
        assertThat(n.rows().get(4).banner()).isEqualTo("SimpleHTTPServer 0.6 (Python 3.11.7)");
    }

    @Test
    void procNetDecodesLittleEndianAddressesAndHexPorts() {
        Parsed tcp = parse(ScanFormat.procNet(Transport.TCP), sample("proc-net-tcp.txt"));
        assertThat(tcp.unreadable()).isEmpty();
        assertThat(tcp.brief()).contains("23/tcp EVERY_INTERFACE", "110/tcp LOOPBACK", "8080/tcp LOOPBACK");
        Parsed tcp6 = parse(ScanFormat.procNet(Transport.TCP), sample("proc-net-tcp6.txt"));
        assertThat(tcp6.rows()).extracting(Listener::address).contains("::", "::1");
        Parsed udp = parse(ScanFormat.PROC_NET.parser(), sample("proc-net-udp.txt"));
        assertThat(udp.brief()).contains("161/udp EVERY_INTERFACE", "5353/udp LOOPBACK");
        assertThat(ProcNet.address("0101A8C0")).isEqualTo("192.168.1.1");
        assertThat(ProcNet.address("FFFFFFFF")).isEqualTo("255.255.255.255");
        assertThat(ProcNet.address("B80D0120000000000000000001000000")).isEqualTo("2001:db8::1");
        assertThat(ProcNet.address("0000000000000000FFFF00000100007F")).isEqualTo("::ffff:127.0.0.1");
        assertThat(ProcNet.address("0100007")).isNull();
    }

    @ParameterizedTest
    @CsvSource(value = {"127.0.0.1:22|127.0.0.1|22", "[::1]:5432|::1|5432", ":::22|::|22", "0.0.0.0:*|0.0.0.0|-1",
        "127.0.0.53%lo:53|127.0.0.53%lo|53", "[fe80::1%12]:1900|fe80::1%12|1900"}, delimiter = '|')
    void endpointsAfterTheLastColon(String text, String address, int port) {
        assertThat(Endpoint.afterColon(text)).isEqualTo(new Endpoint(address, port));
    }

    @ParameterizedTest
    @CsvSource(value = {"*.22|*|22", "127.0.0.1.631|127.0.0.1|631", "::1.631|::1|631", "*.*|*|-1"}, delimiter = '|')
    void endpointsAfterTheLastDot(String text, String address, int port) {
        assertThat(Endpoint.afterDot(text)).isEqualTo(new Endpoint(address, port));
    }

    @Test
    void brokenEndpointsAreNone() {
        assertThat(Endpoint.afterColon("nothing")).isNull();
        assertThat(Endpoint.afterColon("1.2.3.4:99999")).isNull();
        assertThat(Endpoint.afterColon("[::1]5432")).isNull();
        assertThat(Endpoint.afterColon(":22")).isNull();
    }

    @Test
    void hostileLinesAreCountedAndControlCharactersKeptForTheRendererToDefuse() {
        Parsed p = parse(ScanFormat.SS.parser(), sample("ss-hostile.txt"));
        assertThat(p.unreadable()).containsExactly(4, 5);
        assertThat(p.rows()).extracting(Listener::port).containsExactly(69, 21);
        assertThat(p.rows().get(0).process()).contains("\u001b[2J").endsWith("evil (pid 66)");
    }

    @Test
    void everyFormatBesidesXmlHasALineParser() {
        for (ScanFormat f : ScanFormat.values()) {
            if (!f.xml()) {
                assertThat(f.parser().read("", l -> { })).isNotEqualTo(LineParser.Line.USED);
            }
            assertThat(ScanFormat.ofCode(f.code())).contains(f);
        }
    }
}
