package com.portdrill.store;

import com.portdrill.bench.NmapXmlFile;
import com.portdrill.scan.Listener;
import com.portdrill.scan.ScanFormat;
import com.portdrill.scan.Transport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Reading scans from files, streams and /proc/net: hostile XML, sizes, garbage, long lines, this machine's sockets. */
class ScanFilesTest {
    @TempDir
    Path tmp;

    private record Read(ScanFormat format, List<Listener> rows, List<Long> unreadable) {
    }

    private static InputStream sample(String name) {
        return ScanFilesTest.class.getResourceAsStream("/scan/" + name);
    }

    private static Read read(InputStream in) throws ScanFileException {
        List<Listener> rows = new ArrayList<>();
        List<Long> unreadable = new ArrayList<>();
        ScanFormat f = ScanFiles.read(in, Optional.empty(), rows::add, unreadable::add);
        return new Read(f, rows, unreadable);
    }

    private static Read read(String text) throws ScanFileException {
        return read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsNmapXmlWithHostAndBanner() throws Exception {
        Read r = read(sample("nmap.xml"));
        assertThat(r.format()).isEqualTo(ScanFormat.NMAP_XML);
        assertThat(r.unreadable()).isEmpty();
        assertThat(r.rows()).extracting(Listener::port).containsExactly(23, 110, 1234, 3306, 8080, 41000);
        assertThat(r.rows()).allMatch(l -> l.address().equals("127.0.0.1"));
        assertThat(r.rows().get(4).banner()).isEqualTo("SimpleHTTPServer 0.6");
    }

    @Test
    void aTinyBufferReadsTheSameAsTheDefaultOne() throws Exception {
        byte[] xml;
        try (InputStream in = sample("nmap.xml")) {
            xml = in.readAllBytes();
        }
        List<Listener> small = new ArrayList<>();
        new NmapXmlReader(new ByteArrayInputStream(xml), 600, small::add, n -> { }).read();
        assertThat(small).isEqualTo(read(new ByteArrayInputStream(xml)).rows());
    }

    @Test
    void anXxeFileIsRefusedAndReadsNothing() {
        assertThatThrownBy(() -> read(sample("xxe.xml"))).isInstanceOf(ScanFileException.class)
                .hasMessageContaining("document type with declarations").hasMessageNotContaining("root:");
    }

    @Test
    void aBillionLaughsFileIsRefusedAtOnce() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> read(sample("billion-laughs.xml"))).isInstanceOf(ScanFileException.class)
                .hasMessageContaining("refused");
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<nmaprun><host><ports><port protocol=\"tcp\" portid=\"22\"><state state=\"&xxe;\"/></port></ports></host></nmaprun>",
        "<nmaprun>&lol9;</nmaprun>",
        "<!DOCTYPE nmaprun SYSTEM \"http://example.invalid/nmap.dtd\"><nmaprun/>",
        "<!ENTITY x \"y\"><nmaprun/>",
        "<nmaprun><host></nmaprun>",
        "<nmaprun><port protocol=tcp portid=\"1\"/></nmaprun>",
        "<nmaprun></nmaprun><nmaprun/>",
        "<nmaprun><port protocol=\"tcp\" portid=\"1\"",
        "<nmaprun>"})
    void xmlThatIsNotNmapsIsRefusedInOneLine(String xml) {
        assertThatThrownBy(() -> read("<?xml version=\"1.0\"?>\n" + xml)).isInstanceOf(ScanFileException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").isNotBlank());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "<nmaprun!>|a tag without a proper name",
        "<nmaprun><port protocol=\"tcp\"portid=\"1\"/></nmaprun>|attributes not separated by space",
        "<nmaprun =\"x\"></nmaprun>|a stray character in a tag"})
    void aMalformedTagIsNamedForWhatIsWrongWithIt(String xml, String says) {
        assertThatThrownBy(() -> read("<?xml version=\"1.0\"?>\n" + xml)).isInstanceOf(ScanFileException.class)
                .hasMessageContaining(says);
    }

    @Test
    void predefinedEntitiesCharacterReferencesCommentsAndCdataAreRead() throws Exception {
        Read r = read("<?xml version=\"1.0\"?>\n<!DOCTYPE nmaprun>\n<!-- a -- comment -->\n<nmaprun a=\"&lt;&amp;&#65;&#x42;\">"
                + "<![CDATA[ <not> a tag ]]><host><address addr=\"aa:bb\" addrtype=\"mac\"/><address addr=\"10.0.0.5\" addrtype=\"ipv4\"/>"
                + "<ports><port protocol='udp' portid='161'><state state='open'/><service name='snmp' product='net&amp;snmp'/></port>"
                + "<port protocol=\"tcp\" portid=\"99999\"><state state=\"open\"/></port>"
                + "<port protocol=\"tcp\" portid=\"25\"><state state=\"closed\"/></port></ports></host></nmaprun>\n");
        assertThat(r.rows()).containsExactly(Listener.at(161, Transport.UDP, "10.0.0.5", null, "net&snmp"));
        assertThat(r.unreadable()).containsExactly(4L);
    }

    @Test
    void elementsNestedWithoutEndAreRefused() {
        String deep = "<a>".repeat(100);
        assertThatThrownBy(() -> read("<?xml version=\"1.0\"?>" + deep)).hasMessageContaining("nested deeper");
    }

    @Test
    void garbageAndBinaryAndEmptyInputGetOneLineThatSaysWhatToGive() {
        assertThatThrownBy(() -> read(sample("garbage.txt"))).hasMessageContaining("cannot tell what this scan is")
                .hasMessageContaining("--format");
        assertThatThrownBy(() -> read(sample("garbage.bin"))).hasMessageContaining("binary");
        assertThatThrownBy(() -> read("")).hasMessageContaining("empty");
    }

    @Test
    void aLineLongerThanAnyToolWritesIsCountedNotKept() throws Exception {
        String text = "Netid State Recv-Q Send-Q Local Address:Port Peer Address:Port Process\n"
                + "tcp LISTEN 0 128 0.0.0.0:22 0.0.0.0:* users:((\"" + "x".repeat(100_000) + "\",pid=1,fd=3))\n"
                + "tcp LISTEN 0 128 0.0.0.0:23 0.0.0.0:*\n";
        Read r = read(text);
        assertThat(r.rows()).extracting(Listener::port).containsExactly(23);
        assertThat(r.unreadable()).containsExactly(2L);
    }

    @Test
    void aForcedFormatIsReadAsThatFormat() throws Exception {
        List<Listener> rows = new ArrayList<>();
        ScanFiles.read(new ByteArrayInputStream("tcp LISTEN 0 128 0.0.0.0:22 0.0.0.0:*\n".getBytes(StandardCharsets.UTF_8)),
                Optional.of(ScanFormat.SS), rows::add, n -> { });
        assertThat(rows).extracting(Listener::port).containsExactly(22);
    }

    @Test
    void filesAreCheckedBeforeTheyAreRead() throws IOException {
        assertThatThrownBy(() -> ScanFiles.open(tmp.resolve("missing.xml"))).hasMessageContaining("no file");
        assertThatThrownBy(() -> ScanFiles.open(tmp)).hasMessageContaining("not a regular file");
        Path big = tmp.resolve("big.xml");
        try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE, java.nio.file.StandardOpenOption.SPARSE)) {
            ch.position(ScanFiles.MAX_BYTES);
            ch.write(java.nio.ByteBuffer.wrap(new byte[]{'\n'}));
        }
        assertThatThrownBy(() -> ScanFiles.open(big)).hasMessageContaining("more than portdrill reads");
    }

    @Tag("slow") // streams 256 MiB
    @Test
    void standardInputIsCutOffAtTheLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) '\n');
                return len;
            }
        };
        assertThatThrownBy(() -> ScanFiles.read(ScanFiles.limited(endless), Optional.of(ScanFormat.SS), l -> { }, n -> { }))
                .hasMessageContaining("standard input passed");
    }

    @Test
    void readsThisMachinesSocketsWithAListenerTheTestOpens() throws Exception {
        Path procNet = Path.of("/proc/net");
        assumeTrue(Files.isRegularFile(procNet.resolve("tcp")), "Linux's /proc/net");
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            List<Listener> rows = new ArrayList<>();
            List<Long> unreadable = new ArrayList<>();
            assertThat(ScanFiles.readLocal(procNet, rows::add, unreadable::add)).isTrue();
            assertThat(unreadable).isEmpty();
            assertThat(rows).anySatisfy(l -> {
                assertThat(l.port()).isEqualTo(server.getLocalPort());
                assertThat(l.transport()).isEqualTo(Transport.TCP);
                assertThat(l.address()).isIn("127.0.0.1", "::1", "::ffff:127.0.0.1");
            });
        }
    }

    @Test
    void noSocketTableMeansNotLinux() throws Exception {
        assertThat(ScanFiles.readLocal(tmp, l -> { }, n -> { })).isFalse();
    }

    @Test
    void theBenchmarksScanHasTheOpenPortsAskedFor() throws Exception {
        Path file = tmp.resolve("scan.xml");
        long bytes = NmapXmlFile.writeNmapXml(file, 1000);
        assertThat(NmapXmlFile.readBytes(file)).isEqualTo(bytes);
        Read r = read(Files.newInputStream(file));
        assertThat(r.rows()).hasSize(1000);
        assertThat(r.rows().get(16).address()).isEqualTo("10.0.0.1");
    }
}
