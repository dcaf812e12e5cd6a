package com.portdrill.catalogue;

import com.portdrill.text.Fold;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogueTest {
    private static final IanaTable IANA = IanaTable.parse(Documents.text("iana/ports.tsv"));
    private static final String VERDICTS = Documents.text("facts/verdicts.tsv");
    private static final String ALIASES = Documents.text("facts/aliases.txt");
    private static final String TYPOS = Documents.text("facts/typos.tsv");
    private static final Catalogue CATALOGUE = Catalogue.build(texts(VERDICTS), ports -> IANA);

    private static CatalogueTexts texts(String verdicts) {
        return new CatalogueTexts(Documents.en(), Documents.zh(), verdicts, ALIASES, TYPOS);
    }

    @Test
    void holdsEveryPortOfBothDocumentsSortedByPort() {
        List<Integer> ports = CATALOGUE.ports().stream().map(CataloguePort::port).toList();
        assertThat(ports).hasSize(70).isSorted();
        assertThat(ports).contains(0, 1170, 6711, 6776, 2115).doesNotContain(214);
    }

    @Test
    void mergesBothLanguagesPerPort() {
        PortRecord dns = CATALOGUE.port(53).orElseThrow().record();
        assertThat(dns.service()).isEqualTo("Domain Name Server (DNS)");
        assertThat(dns.serviceZh()).isEqualTo("Domain Name Server（DNS）");
        assertThat(dns.sources()).containsExactlyInAnyOrder(Document.EN, Document.ZH);
        assertThat(dns.description(Document.EN)).startsWith("The port opened by the DNS server.");
        assertThat(dns.description(Document.ZH)).startsWith("DNS服务器所开放的端口");
    }

    @Test
    void aPortOnlyTheEnglishDocumentHoldsHasNoChineseText() {
        PortRecord nfs = CATALOGUE.port(2049).orElseThrow().record();
        assertThat(nfs.sources()).containsExactly(Document.EN);
        assertThat(nfs.descriptionZh()).isNull();
        assertThat(nfs.serviceZh()).isNull();
        assertThat(CATALOGUE.diagnostics()).filteredOn(d -> d.kind() == Diagnostic.Kind.ONE_DOCUMENT_ONLY)
                .extracting(Diagnostic::excerpt)
                .containsExactly("1600", "1720", "1731", "1807", "1981", "1999", "2000", "2001", "2023", "2049", "2115");
    }

    @Test
    void multiPortEntriesKeepTheirWholeGroup() {
        assertThat(CATALOGUE.port(6776).orElseThrow().record().entry()).containsExactly(1234, 1243, 6711, 6776);
        assertThat(CATALOGUE.port(1033).orElseThrow().record().service()).isNull();
        assertThat(CATALOGUE.port(1025).orElseThrow().record().service()).isEqualTo("network blackjack");
    }

    @Test
    void reportsTheMisspeltServiceBetweenTheDocuments() {
        // "服务：Trival File Transfer" against "Service: Trivial File Transfer"
        assertThat(CATALOGUE.diagnostics()).filteredOn(d -> d.kind() == Diagnostic.Kind.SPELLING_DIFFERS)
                .extracting(Diagnostic::excerpt).containsExactly("Trival File Transfer");
    }

    @Test
    void reportsKnownTyposWhereTheyOccur() {
        // "natstat -a" (1024, both), "Trival File Transfer" (69, zh), "NetMeeting H.233 call Setup" (1720, en),
        // "WINS Regisrtation" (137, zh), "Cackers" (161, zh)
        List<String> typos = CATALOGUE.diagnostics().stream().filter(d -> d.kind() == Diagnostic.Kind.KNOWN_TYPO)
                .map(d -> d.document().code() + ":" + d.line() + ":" + d.excerpt()).toList();
        assertThat(typos).contains("en:291:natstat", "zh:225:natstat", "zh:80:Trival", "en:357:H.233",
                "zh:136:Regisrtation", "zh:149:Cackers", "en:315:Vodoo", "en:345:pcserver");
        assertThat(typos).noneMatch(t -> t.startsWith("en:") && t.endsWith("Trival"));
    }

    @Test
    void aMalformedTypoLineIsAnError() {
        assertThatThrownBy(() -> KnownTypos.parse("only-one-field\n")).hasMessageContaining("typos line 1");
    }

    @Test
    void damagedLettersStillMatchLeniently() {
        // "MSG AuthenTIcaTIon" is IANA's msg-auth, "MSG Authentication"
        String damaged = CATALOGUE.port(31).orElseThrow().record().serviceZh();
        assertThat(damaged).isEqualTo("MSG AuthenTIcaTIon");
        assertThat(Fold.compact(damaged)).isEqualTo(Fold.compact("MSG Authentication"));
        assertThat(CATALOGUE.aliases().same(damaged, "msg-auth")).isTrue();
    }

    @Test
    void pinsTheVerdictCounts() {
        Map<Verdict, Long> counts = CATALOGUE.ports().stream().collect(Collectors.groupingBy(p -> p.assessment().verdict(),
                () -> new EnumMap<>(Verdict.class), Collectors.counting()));
        assertThat(counts).containsEntry(Verdict.AGREES, 30L).containsEntry(Verdict.ALIAS, 8L)
                .containsEntry(Verdict.DISAGREES, 12L).containsEntry(Verdict.UNOFFICIAL, 20L);
    }

    @Test
    void everyVerdictOtherThanAgreesCarriesACorrectionInBothLanguages() {
        assertThat(CATALOGUE.ports()).filteredOn(p -> p.assessment().verdict() != Verdict.AGREES)
                .allSatisfy(p -> {
                    assertThat(p.assessment().hasCorrection()).as("port %d", p.port()).isTrue();
                    assertThat(p.assessment().correctionZh()).as("port %d", p.port()).isNotBlank();
                    assertThat(p.assessment().source()).as("port %d", p.port()).isNotBlank();
                });
    }

    /** The reviewed data must not call a port "agrees" unless the document really names IANA's service. */
    @Test
    void agreesOnlyWhereTheDocumentNamesIanasService() {
        for (CataloguePort p : CATALOGUE.ports()) {
            if (p.assessment().verdict() != Verdict.AGREES) {
                continue;
            }
            List<IanaAssignment> rows = IANA.byPort(p.port());
            String service = p.record().service();
            boolean named = service == null
                    ? rows.stream().anyMatch(a -> !a.name().isEmpty() && p.record().descriptionEn().contains(a.name()))
                    : List.of(service.split(",")).stream().anyMatch(part -> rows.stream().anyMatch(a ->
                            CATALOGUE.aliases().same(part, a.name()) || CATALOGUE.aliases().same(part, a.description())));
            assertThat(named).as("port %d (%s) against %s", p.port(), service, rows).isTrue();
        }
    }

    /** "unofficial" and "disagrees" on a service name must really differ from IANA's names for the port. */
    @Test
    void unofficialPortsDoNotNameIanasService() {
        for (CataloguePort p : CATALOGUE.ports()) {
            String service = p.record().service();
            if (p.assessment().verdict() != Verdict.UNOFFICIAL || service == null) {
                continue;
            }
            assertThat(IANA.byPort(p.port())).as("port %d", p.port())
                    .noneMatch(a -> CATALOGUE.aliases().same(service, a.name()) || CATALOGUE.aliases().same(service, a.description()));
        }
    }

    @Test
    void correctsTheClaimsTheDocumentsGetWrong() {
        assertThat(correction(109)).contains("POP2").contains("110");
        assertThat(correction(110)).contains("POP3").contains("111");
        assertThat(correction(80)).contains("TCP port 80");
        assertThat(correction(1024)).contains("49152").contains("netstat");
        assertThat(correction(553)).contains("pirp").contains("683");
        assertThat(correction(636)).contains("LDAPS").contains("389");
        assertThat(correction(993)).contains("IMAPS").contains("143");
        assertThat(correction(67)).contains("swapped");
        assertThat(correction(1720)).contains("H.323");
        assertThat(correction(2023)).contains("xinuexpansion3");
    }

    @Test
    void theIanaServiceComesFromTheRegistry() {
        assertThat(CATALOGUE.port(135).orElseThrow().assessment().ianaService()).isEqualTo("epmap");
        assertThat(CATALOGUE.port(1433).orElseThrow().assessment().ianaService()).isEqualTo("ms-sql-s");
        assertThat(CATALOGUE.port(6711).orElseThrow().assessment().ianaService()).isNull();
    }

    @Test
    void findsPortsByServiceNameOrAlias() {
        assertThat(CATALOGUE.portsForService("ssh")).containsExactly(22);
        assertThat(CATALOGUE.portsForService("DNS")).containsExactly(53);
        assertThat(CATALOGUE.portsForService("domain")).containsExactly(53);
        assertThat(CATALOGUE.portsForService("Domain Name System")).containsExactly(53);
        assertThat(CATALOGUE.portsForService("no such service")).isEmpty();
    }

    @Test
    void refusesACataloguePortWithoutAReviewedVerdict() {
        String without80 = VERDICTS.lines().filter(l -> !l.startsWith("80\t")).collect(Collectors.joining("\n"));
        assertThatThrownBy(() -> Catalogue.build(texts(without80), ports -> IANA))
                .hasMessageContaining("port 80 has no reviewed verdict");
    }

    @Test
    void refusesAVerdictForAPortNoDocumentHolds() {
        String extra = VERDICTS + "\n3306\tagrees\tIANA\tr\t-\t-\n";
        assertThatThrownBy(() -> Catalogue.build(texts(extra), ports -> IANA))
                .hasMessageContaining("3306");
    }

    @Test
    void asksForTheIanaRowsOfExactlyTheCataloguesPorts() {
        java.util.concurrent.atomic.AtomicReference<Set<Integer>> asked = new java.util.concurrent.atomic.AtomicReference<>();
        Catalogue.build(texts(VERDICTS), ports -> {
            asked.set(ports);
            return IANA;
        });
        assertThat(asked.get()).hasSize(70).contains(0, 1170, 6776).doesNotContain(214);
    }

    @Test
    void refusesAnUnknownVerdict() {
        assertThatThrownBy(() -> ReviewedVerdicts.parse("7\tmaybe\tIANA\tr\t-\t-\n", IANA)).hasMessageContaining("unknown verdict");
    }

    private static String correction(int port) {
        return CATALOGUE.port(port).orElseThrow().assessment().correctionEn();
    }

    @Test
    void coversEveryPortOnce() {
        assertThat(ReviewedVerdicts.parse(VERDICTS, IANA).ports())
                .isEqualTo(CATALOGUE.ports().stream().map(CataloguePort::port).collect(Collectors.toSet()));
        assertThat(Set.copyOf(CATALOGUE.ports())).hasSize(70);
    }
}
