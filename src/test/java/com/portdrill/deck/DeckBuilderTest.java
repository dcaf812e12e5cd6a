package com.portdrill.deck;

import com.portdrill.catalogue.CataloguePort;
import com.portdrill.catalogue.Verdict;
import com.portdrill.text.Fold;
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

class DeckBuilderTest {
    private final List<Deck> decks = build(DeckFixtures.catalogue(), 7);

    private static List<Deck> build(List<CataloguePort> ports, long seed) {
        return new DeckBuilder(seed).build(ports, DeckFixtures.IANA, DeckFixtures.ALIASES, DeckFixtures.data());
    }

    private Deck deck(String name) {
        return decks.stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    private Card card(String id) {
        return decks.stream().flatMap(d -> d.cards().stream()).filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private Set<String> ids(String deck) {
        return deck(deck).cards().stream().map(Card::id).collect(Collectors.toSet());
    }

    @Test
    void buildsTheTiersThenTheDocumentsTheFolkloreAndTheDrill() {
        assertThat(decks).extracting(Deck::name).containsExactly("essentials", "a-plus", "network-plus",
                "security-plus", "ccna", "interview", "documents", "folklore", "well-known");
    }

    @Test
    void shuffledInputBuildsTheSameDecks() {
        for (long shuffle = 1; shuffle <= 5; shuffle++) {
            List<CataloguePort> ports = new ArrayList<>(DeckFixtures.catalogue());
            Collections.shuffle(ports, new Random(shuffle));
            assertThat(build(ports, 7)).isEqualTo(decks);
        }
    }

    @Test
    void idsAreUniqueInADeckAndTheSameQuestionIsTheSameCardEverywhere() {
        Map<String, Card> seen = new HashMap<>();
        for (Deck d : decks) {
            List<String> ids = d.cards().stream().map(Card::id).toList();
            assertThat(ids).as(d.name()).doesNotHaveDuplicates();
            for (Card c : d.cards()) {
                Card earlier = seen.putIfAbsent(c.id(), c);
                assertThat(earlier == null || earlier.equals(c)).as(c.id()).isTrue();
            }
        }
    }

    @Test
    void abbreviationInParenthesesIsAccepted() {
        assertThat(card("p2s:53").acceptedAnswers()).contains("DNS", "Domain Name Server (DNS)", "Domain Name Server", "domain");
    }

    @Test
    void aWrongDocumentNameIsNeverTaughtAndTheExplanationSaysWhatTheDocumentClaimed() {
        Card pop3 = card("p2s:110");
        assertThat(pop3.displayAnswer()).isEqualTo("POP3");
        assertThat(pop3.acceptedAnswers()).noneMatch(a -> Fold.loose(a).contains("rpc"));
        assertThat(pop3.explanation().verdict()).isEqualTo(Verdict.DISAGREES);
        assertThat(pop3.explanation().correctionEn()).contains("Sun RPC").contains("POP3");
        assertThat(pop3.explanation().service()).isEqualTo("SUN’s RPC services all ports");
        assertThat(ids("documents")).doesNotContain("d2p:110");
    }

    @Test
    void descriptionCardsHideTheServiceAndTheAnswer() {
        Card dns = card("d2p:53");
        assertThat(dns.promptEn()).doesNotContainIgnoringCase("dns").doesNotContain("53").contains("zone transfers");
        assertThat(dns.promptZh()).doesNotContainIgnoringCase("dns").contains("区域传递（TCP）");
        Card netbios = card("d2p:137,138,139");
        assertThat(netbios.answerPorts()).containsExactly(137, 138, 139);
        assertThat(netbios.promptEn()).doesNotContain("137").doesNotContain("139").doesNotContainIgnoringCase("netbios");
    }

    @Test
    void unanswerableQuestionsAreDropped() {
        assertThat(ids("documents")).doesNotContain("d2p:636", "d2p:993", "s2p:0", "s2p:1024");
        assertThat(ids("documents")).contains("p2s:0", "p2s:1024");
    }

    @Test
    void groupsAskForAllTheirPorts() {
        Card netbios = card("s2p:137,138,139");
        assertThat(netbios.answerPorts()).containsExactly(137, 138, 139);
        assertThat(netbios.promptEn()).contains("NetBIOS").contains("all 3");
        assertThat(netbios.promptZh()).contains("共 3 个");
        assertThat(card("s2p:67,68").answerPorts()).containsExactly(67, 68);
    }

    @Test
    void trojanCardsNameTheProgramAndOnlyWhatTheDocumentsSay() {
        assertThat(ids("folklore")).filteredOn(id -> id.startsWith("trojan:")).containsExactlyInAnyOrder(
                "trojan:doly-trojan:21,1011", "trojan:webex:21,1001", "trojan:netspy:1025,1033");
        Card netspy = card("trojan:netspy:1025,1033");
        assertThat(netspy.promptEn()).contains("netspy");
        assertThat(netspy.explanation().verdict()).isEqualTo(Verdict.UNOFFICIAL);
        assertThat(ids("documents")).noneMatch(id -> id.startsWith("trojan:"));
    }

    @Test
    void tierDecksHoldPortsTheDocumentsLackExplainedFromIanaAndOurNotes() {
        assertThat(ids("essentials")).contains("s2p:20,21", "s2p:67,68", "p2s:3389", "p2s:68", "p2s:110");
        assertThat(ids("a-plus")).contains("s2p:137,138,139", "p2s:139").doesNotContain("p2s:3389");
        assertThat(ids("documents")).doesNotContain("s2p:20,21", "s2p:67,68", "p2s:3389");
        Card rdp = card("p2s:3389");
        assertThat(rdp.acceptedAnswers()).contains("RDP", "Remote Desktop Protocol");
        assertThat(rdp.explanation().sources()).isEmpty();
        assertThat(rdp.explanation().iana()).contains("ms-wbt-server");
        assertThat(rdp.explanation().noteEn()).isEqualTo("RDP note.");
        assertThat(rdp.explanation().noteZh()).isEqualTo("RDP 说明。");
    }

    @Test
    void theDrillHoldsTheWellKnownPortsTheTiersTeachAndTheFolkloreTheRest() {
        assertThat(deck("well-known").cards()).allMatch(c -> c.explanation().ports().stream().allMatch(p -> p <= 1023));
        assertThat(ids("well-known")).contains("p2s:110", "s2p:67,68").doesNotContain("p2s:53", "p2s:0",
                "trojan:doly-trojan:21,1011");
        assertThat(ids("folklore")).contains("trojan:netspy:1025,1033", "p2s:1025").doesNotContain("p2s:110");
    }

    @Test
    void distractorsAreNeverARightAnswerAndDependOnTheSeedOnly() {
        for (Deck d : decks) {
            for (Card c : d.cards()) {
                Set<String> right = new java.util.HashSet<>();
                c.acceptedAnswers().forEach(a -> right.add(Fold.compact(a)));
                right.add(Fold.compact(c.displayAnswer()));
                assertThat(c.distractors()).as(c.id()).isNotEmpty().hasSizeLessThanOrEqualTo(Distractors.POOL)
                        .noneMatch(x -> right.contains(Fold.compact(x)))
                        .doesNotHaveDuplicates();
            }
        }
        assertThat(build(DeckFixtures.catalogue(), 7)).isEqualTo(decks);
    }

    @Test
    void groupDistractorsAreGroupsOfTheSameSize() {
        assertThat(card("s2p:137,138,139").distractors()).allMatch(x -> x.split(", ").length == 3);
    }
}
