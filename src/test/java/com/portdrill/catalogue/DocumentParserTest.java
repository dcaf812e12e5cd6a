package com.portdrill.catalogue;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** One test per pitfall of the two documents, each quoting the text it is about. */
class DocumentParserTest {
    private static final ParsedDocument EN = Documents.parsedEn();
    private static final ParsedDocument ZH = Documents.parsedZh();

    private static Entry entry(ParsedDocument doc, int port) {
        return doc.entries().stream().filter(e -> e.ports().contains(port)).findFirst().orElseThrow();
    }

    private static Optional<Diagnostic> diagnostic(ParsedDocument doc, Diagnostic.Kind kind, String excerptPart) {
        return doc.diagnostics().stream().filter(d -> d.kind() == kind && d.excerpt().contains(excerptPart)).findFirst();
    }

    @Test
    void pinsTheEnglishDocumentsEntryAndPortCounts() {
        assertThat(EN.entries()).hasSize(63);
        assertThat(EN.ports()).hasSize(70).doesNotHaveDuplicates();
    }

    @Test
    void pinsTheChineseDocumentsEntryAndPortCounts() {
        assertThat(ZH.entries()).hasSize(52);
        assertThat(ZH.ports()).hasSize(59).doesNotHaveDuplicates();
    }

    @Test
    void pinsThePortsOnlyTheEnglishDocumentHolds() {
        List<Integer> onlyEn = EN.ports().stream().filter(p -> !ZH.ports().contains(p)).sorted().toList();
        List<Integer> onlyZh = ZH.ports().stream().filter(p -> !EN.ports().contains(p)).toList();
        assertThat(onlyEn).containsExactly(1600, 1720, 1731, 1807, 1981, 1999, 2000, 2001, 2023, 2049, 2115);
        assertThat(onlyZh).isEmpty();
    }

    @Test
    void skipsPageFurnitureAroundTheTable() {
        // "SEARCH", "BLOG 830" above the article; "Related recommendations", "Expand more!", "Mo" below it
        for (String furniture : List.of("SEARCH", "BLOG 830", "Related recommendations", "Expand more!", "Mo")) {
            assertThat(diagnostic(EN, Diagnostic.Kind.PAGE_FURNITURE, furniture)).as(furniture).isPresent();
        }
        assertThat(diagnostic(ZH, Diagnostic.Kind.PAGE_FURNITURE, "常用端口号对照表")).isPresent();
    }

    @Test
    void introProseThatMentionsPortsIsNotAnEntry() {
        // "Common ports using the TCP protocol include FTP (using port 21) and SMTP (using port 25), while common
        //  ports using the UDP protocol include HTTP (using port 80) and DNS (using port 53)."
        Diagnostic prose = diagnostic(EN, Diagnostic.Kind.PROSE, "Common ports using the TCP protocol").orElseThrow();
        assertThat(prose.line()).isEqualTo(43);
        assertThat(prose.message()).contains("21, 25, 80, 53");
        // "Such as port 21 for FTP services and port 80 for web browsing services."
        assertThat(diagnostic(EN, Diagnostic.Kind.PROSE, "Such as port 21 for FTP")).isPresent();
        assertThat(entry(EN, 21).line()).isEqualTo(69);
        assertThat(entry(EN, 80).line()).isEqualTo(129);
        assertThat(EN.ports()).doesNotContain(65535, 49151, 49152, 1023);
    }

    @Test
    void splitsTheEntryGluedIntoThe1080Description() {
        // "... when joining IRC chat rooms. Port: 1170 Service: [NULL] Description: Trojan programs like ..."
        Entry socks = entry(EN, 1080);
        Entry glued = entry(EN, 1170);
        assertThat(socks.description()).endsWith("you often see this when joining IRC chat rooms.").doesNotContain("1170");
        assertThat(glued.ports()).containsExactly(1170);
        assertThat(glued.services()).containsExactly((String) null);
        assertThat(glued.description()).isEqualTo("Trojan programs like Streaming Audio Trojan, Psyber Stream Server, Voice open this port.");
        assertThat(diagnostic(EN, Diagnostic.Kind.GLUED_ENTRY, "Port: 1170 Service: [NULL]")).get()
                .extracting(Diagnostic::line).isEqualTo(307);
    }

    @Test
    void theChineseDocumentStarts1170WithoutABlankLine() {
        // "在加入IRC聊\n天室时常会看到这种情况。\n端口：1170"
        assertThat(entry(ZH, 1080).description()).endsWith("在加入IRC聊天室时常会看到这种情况。");
        assertThat(entry(ZH, 1170).description()).isEqualTo("木马Streaming Audio Trojan、Psyber Stream Server、Voice开放此端口。");
        assertThat(diagnostic(ZH, Diagnostic.Kind.UNSEPARATED_ENTRY, "端口：1170")).isPresent();
    }

    @Test
    void theTruncatedLastPortIsNotAnEntry() {
        // "Port: 214\n\nThe prev: The next:"
        assertThat(EN.ports()).doesNotContain(214);
        Diagnostic truncated = diagnostic(EN, Diagnostic.Kind.TRUNCATED_ENTRY, "Port: 214").orElseThrow();
        assertThat(truncated.line()).isEqualTo(417);
        assertThat(truncated.message()).contains("The prev: The next:");
        assertThat(entry(EN, 2115).description()).isEqualTo("The Bugs Trojan opens this port.");
    }

    @Test
    void joinsWrappedChineseLinesWithoutSpacesBetweenChineseCharacters() {
        // "...在一些系统中“0”是无效端\n口，当你试图..." and "...一种典型的扫描，使用\nIP地址为0.0.0.0"
        String port0 = entry(ZH, 0).description();
        assertThat(port0).contains("是无效端口，当你").contains("使用IP地址为0.0.0.0").doesNotContain("\n");
        assertThat(diagnostic(ZH, Diagnostic.Kind.WRAPPED_LINES, "通常用于分析操作系统")).isPresent();
    }

    @Test
    void joinsAWrapBetweenLatinWordsWithASpace() {
        // "木马TIny\nTelnet Server就开放这个端口。"
        assertThat(entry(ZH, 23).description()).endsWith("木马TIny Telnet Server就开放这个端口。");
        // "Haebu Coceda、\nShtrilitz Stealth" — after Chinese punctuation no space
        assertThat(entry(ZH, 25).description()).contains("Haebu Coceda、Shtrilitz Stealth");
    }

    @Test
    void dropsStraySpacesBetweenChineseCharacters() {
        // "关于用户名和密码交 换缓冲区溢出的弱点" and "窃取任何 文件"
        assertThat(entry(ZH, 109).description()).contains("密码交换缓冲区");
        assertThat(entry(ZH, 69).description()).contains("窃取任何文件");
        assertThat(diagnostic(ZH, Diagnostic.Kind.STRAY_SPACE, "交 换")).isPresent();
        // a space between Chinese and Latin text stays: "成员资格 DPA。"
        assertThat(entry(ZH, 568).description()).isEqualTo("成员资格 DPA。");
    }

    @Test
    void readsMultiPortEntriesSeparatedByCommas() {
        // "Port: 137, 138, 139" and "Port: 1234, 1243, 6711, 6776"
        assertThat(entry(EN, 138).ports()).containsExactly(137, 138, 139);
        assertThat(entry(EN, 6711).ports()).containsExactly(1234, 1243, 6711, 6776);
        assertThat(diagnostic(EN, Diagnostic.Kind.MULTI_PORT_ENTRY, "NETBIOS Name Service")).isPresent();
    }

    @Test
    void readsMultiPortEntriesSeparatedByIdeographicCommas() {
        // "端口：137、138、139" and "端口：1001、1011"
        assertThat(entry(ZH, 139).ports()).containsExactly(137, 138, 139);
        assertThat(entry(ZH, 1011).ports()).containsExactly(1001, 1011);
    }

    @Test
    void aPortLabelInsideADescriptionIsNotAnEntry() {
        // "而139端口：通过这个端口进入的连接" and "Port 139: Connections entering through this port"
        assertThat(ZH.entries().stream().filter(e -> e.ports().contains(139)).count()).isEqualTo(1);
        assertThat(entry(ZH, 137).description()).contains("而139端口：通过这个端口进入的连接");
        assertThat(entry(EN, 137).description()).contains("Port 139: Connections entering");
    }

    @Test
    void splitsAServiceLineThatNamesAServicePerPort() {
        // "Service: 1025: network blackjack 1033: [NULL]"
        Entry en = entry(EN, 1025);
        assertThat(en.serviceFor(1025)).isEqualTo("network blackjack");
        assertThat(en.serviceFor(1033)).isNull();
        assertThat(diagnostic(EN, Diagnostic.Kind.PER_PORT_SERVICE, "1025: network blackjack 1033: [NULL]")).isPresent();
    }

    @Test
    void splitsAPerPortServiceLineWithFullWidthColons() {
        // "服务：1025：network blackjack 1033：[NULL]"
        Entry zh = entry(ZH, 1033);
        assertThat(zh.serviceLine()).isEqualTo("1025：network blackjack 1033：[NULL]");
        assertThat(zh.serviceFor(1025)).isEqualTo("network blackjack");
        assertThat(zh.serviceFor(1033)).isNull();
    }

    @Test
    void nullServicesBecomeNull() {
        // "Port: 456\n\nService: [NULL]"
        assertThat(entry(EN, 456).serviceFor(456)).isNull();
        assertThat(entry(ZH, 456).serviceFor(456)).isNull();
        assertThat(diagnostic(EN, Diagnostic.Kind.NULL_SERVICE, "[NULL]")).isPresent();
    }

    @Test
    void readsFullWidthLabelsAndKeepsFullWidthTextAsWritten() {
        // "端口：53\n服务：Domain Name Server（DNS）" and "说明：SSL（Secure Sockets layer）"
        assertThat(entry(ZH, 53).serviceFor(53)).isEqualTo("Domain Name Server（DNS）");
        assertThat(entry(ZH, 636).description()).isEqualTo("SSL（Secure Sockets layer）");
        assertThat(entry(ZH, 553).serviceFor(553)).isEqualTo("CORBA IIOP （UDP）");
    }

    @Test
    void reportsDamagedLettersButShowsThemAsWritten() {
        // "服务：MSG AuthenTIcaTIon", "木马TIny", "木马AnTIgen"
        assertThat(entry(ZH, 31).serviceFor(31)).isEqualTo("MSG AuthenTIcaTIon");
        assertThat(diagnostic(ZH, Diagnostic.Kind.DAMAGED_LETTERS, "AuthenTIcaTIon")).get()
                .extracting(Diagnostic::message).asString().contains("\"Authentication\"");
        assertThat(diagnostic(ZH, Diagnostic.Kind.DAMAGED_LETTERS, "TIny")).get()
                .extracting(Diagnostic::message).asString().contains("\"Tiny\"");
        assertThat(diagnostic(ZH, Diagnostic.Kind.DAMAGED_LETTERS, "AnTIgen")).isPresent();
        // capitals that are an acronym are no damage: "TUTOR、DIAG"
        assertThat(DamagedLetters.in("IP、GUEST UUCP、NUUCP、DEMOS 、TUTOR、DIAG")).isEmpty();
    }

    @Test
    void keepsTyposAsWritten() {
        // "服务：Trival File Transfer" and "natstat -a"
        assertThat(entry(ZH, 69).serviceFor(69)).isEqualTo("Trival File Transfer");
        assertThat(entry(EN, 1024).description()).contains("run natstat -a");
        assertThat(entry(ZH, 1024).description()).contains("natstat -a 将会看到Telnet被分配1024端口");
    }

    @Test
    void aPortLineThatIsNotNumbersIsSkipped() {
        ParsedDocument doc = DocumentParser.parse(Document.EN, "Port: 80 or so\n\nService: HTTP\n\nDescription: web\n");
        assertThat(doc.entries()).isEmpty();
        assertThat(doc.diagnostics()).extracting(Diagnostic::kind).contains(Diagnostic.Kind.MALFORMED_PORTS);
    }

    @Test
    void anEntryWithoutDescriptionKeepsItsService() {
        ParsedDocument doc = DocumentParser.parse(Document.EN, "Port: 7\n\nService: Echo\n\nPort: 9\n\nService: Discard\n\nDescription: gone.\n");
        assertThat(doc.entries()).extracting(Entry::description).containsExactly(null, "gone.");
        assertThat(doc.diagnostics()).extracting(Diagnostic::kind).containsExactly(Diagnostic.Kind.MISSING_DESCRIPTION);
    }

    @Test
    void aPortGivenTwiceKeepsTheFirstEntry() {
        ParsedDocument doc = DocumentParser.parse(Document.EN,
                "Port: 7\nService: Echo\nDescription: first.\n\nPort: 7\nService: Other\nDescription: second.\n");
        assertThat(doc.entries()).extracting(Entry::description).containsExactly("first.");
        assertThat(doc.diagnostics()).extracting(Diagnostic::kind).containsExactly(Diagnostic.Kind.DUPLICATE_PORT);
    }

    @Test
    void reportsEachOffendingLineWithItsLineNumber() {
        assertThat(EN.diagnostics()).allSatisfy(d -> assertThat(d.line()).isBetween(1, 425));
        assertThat(ZH.diagnostics()).allSatisfy(d -> assertThat(d.line()).isBetween(1, 277));
    }
}
