package com.portdrill.cli;

import com.portdrill.catalogue.Catalogue;
import com.portdrill.catalogue.CataloguePort;
import com.portdrill.catalogue.IanaAssignment;
import com.portdrill.deck.AnswerJudge;
import com.portdrill.deck.Card;
import com.portdrill.deck.Deck;
import com.portdrill.deck.DeckBuilder;
import com.portdrill.deck.DeckData;
import com.portdrill.deck.Judgement;
import com.portdrill.deck.Outcome;
import com.portdrill.knowledge.PortFact;
import com.portdrill.knowledge.Tier;
import com.portdrill.knowledge.TrojanClaim;
import com.portdrill.store.CatalogueFiles;
import com.portdrill.store.DeckDataFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The decks built from the real catalogue, IANA table and deck data. */
class RealDecksTest {
    private static Catalogue catalogue;
    private static DeckData data;
    private static List<Deck> decks;

    @BeforeAll
    static void build() {
        catalogue = CatalogueFiles.load();
        data = DeckDataFiles.load();
        decks = new DeckBuilder(DeckBuilder.DECK_SEED).build(catalogue, data);
    }

    private static Deck deck(String name) {
        return decks.stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    private static Set<String> ids(String name) {
        return deck(name).cards().stream().map(Card::id).collect(Collectors.toSet());
    }

    @Test
    void idsAreUniqueAndStableAcrossARebuildFromShuffledInput() {
        for (long shuffle = 1; shuffle <= 3; shuffle++) {
            List<CataloguePort> ports = new ArrayList<>(catalogue.ports());
            Collections.shuffle(ports, new Random(shuffle));
            List<Deck> rebuilt = new DeckBuilder(DeckBuilder.DECK_SEED)
                    .build(ports, catalogue.iana(), catalogue.aliases(), data);
            assertThat(rebuilt).isEqualTo(decks);
        }
        Map<String, Card> byId = new HashMap<>();
        for (Deck d : decks) {
            assertThat(d.cards().stream().map(Card::id).toList()).as(d.name()).doesNotHaveDuplicates();
            for (Card c : d.cards()) {
                Card first = byId.putIfAbsent(c.id(), c);
                assertThat(first == null || first.equals(c)).as("same id, same card: " + c.id()).isTrue();
            }
        }
    }

    @Test
    void everyCataloguePortIsAskedAboutInTheDocumentsDeck() {
        Set<Integer> asked = deck("documents").cards().stream().flatMap(c -> c.explanation().ports().stream())
                .collect(Collectors.toSet());
        assertThat(asked).containsAll(catalogue.ports().stream().map(CataloguePort::port).toList());
    }

    @Test
    void everyReviewedTrojanClaimBecomesACard() {
        List<Card> trojans = deck("folklore").cards().stream().filter(c -> c.id().startsWith("trojan:")).toList();
        assertThat(trojans).hasSize(data.trojans().size());
        for (TrojanClaim claim : data.trojans()) {
            assertThat(trojans).anyMatch(c -> c.answerPorts().equals(claim.ports())
                    && c.promptEn().contains(claim.taughtAs()));
        }
    }

    @Test
    void everyTaughtPortIsCheckedAgainstIanaAndAskedForAllItsPorts() {
        for (PortFact f : data.facts()) {
            for (Tier tier : f.tiers()) {
                for (int port : f.ports()) {
                    assertThat(ids(tier.code())).as(tier.code()).contains("p2s:" + port);
                    if (f.registered()) {
                        assertThat(catalogue.iana().byPort(port)).as("IANA assigns " + port).isNotEmpty();
                    }
                }
                String group = f.ports().stream().map(String::valueOf).collect(Collectors.joining(","));
                assertThat(ids(tier.code())).as(tier.code()).contains("s2p:" + group);
            }
        }
        assertThat(ids("network-plus")).contains("s2p:20,21", "s2p:67,68", "p2s:3389", "p2s:445", "p2s:587");
        assertThat(ids("security-plus")).contains("s2p:137,138,139", "s2p:1812,1813", "p2s:995");
    }

    /**
     * Names whose everyday meaning is not IANA's service of that name: SFTP and SCP run over SSH on 22 (IANA's
     * sftp on 115 is the old Simple File Transfer Protocol, its scp on 3820 a Siemens service), CIFS is SMB on 445
     * in practice, and Oracle's database listener is 1521 by convention (IANA's oracle is 2005).
     */
    private static final Set<String> EVERYDAY_NAMES = Set.of("SFTP", "SCP", "CIFS", "Oracle");

    @Test
    void aNameWeAcceptIsNeverIanasNameForAnotherPort() {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<Integer, List<String>> e : data.serviceNamesByPort().entrySet()) {
            for (String name : e.getValue()) {
                Set<Integer> ports = catalogue.iana().byName(name).stream().map(IanaAssignment::port)
                        .collect(Collectors.toSet());
                if (!ports.isEmpty() && !ports.contains(e.getKey()) && !EVERYDAY_NAMES.contains(name)) {
                    wrong.add(name + " for " + e.getKey() + " (IANA: " + ports + ")");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void whereTheDocumentsAreWrongTheCardTeachesIanaAndSaysWhatTheyClaimed() {
        Card pop3 = deck("essentials").cards().stream().filter(c -> c.id().equals("p2s:110")).findFirst().orElseThrow();
        assertThat(pop3.displayAnswer()).isEqualTo("POP3");
        assertThat(pop3.acceptedAnswers()).noneMatch(a -> a.toLowerCase().contains("rpc"));
        assertThat(pop3.explanation().service()).containsIgnoringCase("RPC");
        assertThat(pop3.explanation().correctionEn()).contains("POP3");
        Card x = deck("documents").cards().stream().filter(c -> c.id().equals("p2s:2023")).findFirst().orElseThrow();
        assertThat(x.acceptedAnswers()).doesNotContain("xinuexpansion4");
    }

    private static Card card(String id) {
        return decks.stream().flatMap(d -> d.cards().stream()).filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static Outcome judged(String id, String typed) {
        return ((Judgement.Judged) AnswerJudge.judge(card(id), typed)).outcome();
    }

    @Test
    void realCardsAreJudgedAsAPersonWould() {
        assertThat(judged("p2s:53", "ＤＮＳ")).isEqualTo(Outcome.CORRECT);
        assertThat(judged("p2s:53", "域名系统")).isEqualTo(Outcome.CORRECT);
        assertThat(judged("p2s:53", "Domain Name Sevrer")).isEqualTo(Outcome.CLOSE);
        assertThat(judged("p2s:143", "IMAPS")).isEqualTo(Outcome.WRONG);
        assertThat(judged("p2s:110", "SUN's RPC services all ports")).isEqualTo(Outcome.WRONG);
        assertThat(judged("p2s:137", "netbios")).isEqualTo(Outcome.CORRECT);
        assertThat(judged("p2s:3389", "remote desktop")).isEqualTo(Outcome.CORRECT);
        assertThat(judged("s2p:67,68", "68、67")).isEqualTo(Outcome.CORRECT);
        assertThat(judged("s2p:67,68", "67")).isEqualTo(Outcome.WRONG);
        assertThat(judged("s2p:137,138,139", "１３７，１３８，１３９")).isEqualTo(Outcome.CORRECT);
        assertThat(judged("trojan:netspy:1025,1033", "1033 1025")).isEqualTo(Outcome.CORRECT);
        assertThat(AnswerJudge.judge(card("p2s:22"), "  ")).isInstanceOf(Judgement.Blank.class);
    }

    @Test
    void theDrillHoldsTheWellKnownPortsTheTiersTeachAndNoTrivia() {
        Set<Integer> drilled = deck("well-known").cards().stream().flatMap(c -> c.explanation().ports().stream())
                .collect(Collectors.toSet());
        assertThat(drilled).allMatch(p -> p <= 1023)
                .contains(20, 49, 68, 88, 123, 162, 445, 465, 514, 587, 990, 995)
                .doesNotContain(19, 79, 666);
    }
}
