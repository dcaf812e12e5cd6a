package com.portdrill.cli;

import com.portdrill.catalogue.Catalogue;
import com.portdrill.deck.AnswerJudge;
import com.portdrill.deck.AnswerKind;
import com.portdrill.deck.Card;
import com.portdrill.deck.Deck;
import com.portdrill.deck.DeckBuilder;
import com.portdrill.deck.DeckData;
import com.portdrill.deck.Direction;
import com.portdrill.deck.Judgement;
import com.portdrill.deck.Outcome;
import com.portdrill.knowledge.IpProtocol;
import com.portdrill.knowledge.PortFact;
import com.portdrill.store.CatalogueFiles;
import com.portdrill.store.DeckDataFiles;
import com.portdrill.text.Fold;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks every deck built from the real knowledge base and fails on what an examiner would mark wrong: two cards
 * asking the same question with different answers, a wrong option that is a right answer, a Chinese prompt
 * without Chinese, a fact without a source, or a port of a list the issue names without a card in its tier.
 */
class CurriculumTest {
    /** CompTIA A+ 220-1201 objective 2.1. */
    private static final List<Integer> A_PLUS = List.of(20, 21, 22, 23, 25, 53, 67, 68, 80, 110, 137, 138, 139, 143,
            161, 162, 389, 443, 445, 3389);
    /** CompTIA Network+ N10-009 objective 1.4, and 3.4 where it names ports. */
    private static final List<Integer> NETWORK_PLUS = List.of(20, 21, 22, 23, 25, 53, 67, 68, 69, 80, 123, 161, 162,
            389, 443, 445, 514, 587, 636, 1433, 3389, 5060, 5061, 853, 319, 320, 4460);
    /** The ports Security+ SY0-701 learners are drilled on. */
    private static final List<Integer> SECURITY_PLUS = List.of(49, 88, 464, 135, 137, 138, 139, 465, 587, 500, 4500,
            989, 990, 993, 995, 1433, 1521, 1701, 1723, 1812, 1813, 3306, 5432, 6514, 1194, 22, 443, 636, 3389);
    /** Cisco CCNA 200-301. */
    private static final List<Integer> CCNA = List.of(1645, 1646, 1985, 546, 547, 5246, 5247, 179, 49, 1812, 1813,
            20, 21, 22, 23, 53, 67, 68, 69, 123, 161, 162, 514);
    /** Interviews and penetration tests. */
    private static final List<Integer> INTERVIEW = List.of(88, 135, 389, 636, 445, 464, 3268, 3269, 5985, 5986, 111,
            2049, 623, 873, 9100, 1900, 5353, 5355, 1434, 3306, 5432, 6379, 9200, 11211, 27017, 2375, 2376, 2379, 2380,
            6443, 10250, 5900, 1194, 51820, 8080, 8443);
    /** The twenty every learner must know. */
    private static final List<Integer> ESSENTIALS = List.of(20, 21, 22, 23, 25, 53, 67, 68, 80, 110, 123, 143, 161,
            162, 389, 443, 445, 993, 995, 3389);

    private static Catalogue catalogue;
    private static DeckData data;
    private static List<Deck> decks;
    private static Map<String, Card> byId;

    @BeforeAll
    static void build() {
        catalogue = CatalogueFiles.load();
        data = DeckDataFiles.load();
        decks = new DeckBuilder(DeckBuilder.DECK_SEED).build(catalogue, data);
        byId = new LinkedHashMap<>();
        decks.forEach(d -> d.cards().forEach(c -> byId.putIfAbsent(c.id(), c)));
    }

    private static Deck deck(String name) {
        return decks.stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    private static Outcome judged(String id, String typed) {
        return ((Judgement.Judged) AnswerJudge.judge(byId.get(id), typed)).outcome();
    }

    @Test
    void noTwoCardsAskTheSameQuestionWithDifferentAnswers() {
        Map<String, Card> byQuestion = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (Card c : byId.values()) {
            for (String prompt : List.of(c.promptEn(), c.promptZh())) {
                Card other = byQuestion.putIfAbsent(Fold.compact(prompt), c);
                if (other != null && other != c && !other.displayAnswer().equals(c.displayAnswer())) {
                    clashes.add(c.id() + " and " + other.id() + ": " + prompt);
                }
            }
        }
        assertThat(clashes).isEmpty();
    }

    @Test
    void noWrongOptionIsARightAnswer() {
        List<String> wrong = new ArrayList<>();
        for (Card c : byId.values()) {
            for (String option : c.distractors()) {
                Judgement j = AnswerJudge.judge(c, option);
                if (j instanceof Judgement.Judged judged && judged.outcome() == Outcome.CORRECT) {
                    wrong.add(c.id() + " offers " + option + " as wrong");
                }
                Card other = byId.get("p2s:" + option);
                String asked = askedAs(c);
                if (c.direction() == Direction.SERVICE_TO_PORT && other != null && asked != null
                        && AnswerJudge.judge(other, asked) instanceof Judgement.Judged o && o.outcome() == Outcome.CORRECT) {
                    wrong.add(c.id() + " offers " + option + ", which p2s:" + option + " says is " + asked);
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(byId.get("s2p:25").distractors()).doesNotContain("465", "587");
    }

    /** The name a service→port card asks about, as the knowledge base words it. */
    private static String askedAs(Card c) {
        return data.facts().stream().filter(f -> f.ports().equals(c.answerPorts())).map(PortFact::askedAs)
                .findFirst().orElse(null);
    }

    @Test
    void everyChinesePromptHoldsChinese() {
        assertThat(byId.values()).allSatisfy(c -> assertThat(c.promptZh().codePoints()
                .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)).as(c.id()).isTrue());
    }

    @Test
    void everyFactHasASource() {
        assertThat(data.facts()).isNotEmpty().allSatisfy(f -> assertThat(f.source()).as(f.name()).isNotBlank());
        assertThat(data.knowledge().protocols()).extracting(IpProtocol::number)
                .contains(1, 6, 17, 47, 50, 51, 88, 89);
        assertThat(data.knowledge().protocols()).allSatisfy(p -> assertThat(p.source()).contains("IANA"));
        for (PortFact f : data.facts()) {
            boolean ianaHasIt = f.ports().stream().allMatch(p -> !catalogue.iana().byPort(p).isEmpty());
            if (f.registered()) {
                assertThat(ianaHasIt).as(f.name() + " is registered").isTrue();
                assertThat(f.source()).as(f.name()).contains("IANA");
            } else {
                assertThat(f.source()).as(f.name() + " says it is not IANA's").containsPattern("not |no assignment");
            }
        }
    }

    @Test
    void everyPortOfEveryListHasItsCardsInItsTier() {
        Map<String, List<Integer>> lists = Map.of("essentials", ESSENTIALS, "a-plus", A_PLUS,
                "network-plus", NETWORK_PLUS, "security-plus", SECURITY_PLUS, "ccna", CCNA, "interview", INTERVIEW);
        lists.forEach((tier, ports) -> {
            Set<String> ids = deck(tier).cards().stream().map(Card::id).collect(Collectors.toSet());
            for (int port : ports) {
                assertThat(ids).as(tier).contains("p2s:" + port);
                assertThat(ids).as(tier + " asks for " + port)
                        .anyMatch(id -> id.startsWith("s2p:") && List.of(id.substring(4).split(",")).contains(String.valueOf(port)));
            }
        });
        assertThat(deck("essentials").cards().stream().filter(c -> c.direction() == Direction.PORT_TO_SERVICE))
                .hasSize(20);
    }

    @Test
    void conventionsAreTaughtBothWaysAndSayWhose() {
        assertThat(judged("p2s:587", "SMTPS")).isEqualTo(Outcome.CORRECT);
        assertThat(judged("p2s:465", "SMTPS")).isEqualTo(Outcome.CORRECT);
        assertThat(byId.get("s2p:465").promptEn()).contains("RFC 8314");
        assertThat(byId.get("s2p:587").promptEn()).contains("CompTIA");
        assertThat(byId.get("s2p:111").promptEn()).contains("Sun RPC");
        assertThat(byId.get("s2p:135").promptEn()).contains("Microsoft");
        assertThat(byId.get("p2s:990").explanation().noteEn()).contains("AUTH TLS");
        assertThat(byId.get("p2s:1521").explanation().noteEn()).contains("ncube-lm");
    }

    @Test
    void theAuditsWrongAnswersAreFixed() {
        assertThat(judged("p2s:993", "IMAP4")).isEqualTo(Outcome.WRONG);
        assertThat(judged("p2s:139", "SMB")).isEqualTo(Outcome.CORRECT);
        assertThat(byId.get("p2s:49").acceptedAnswers()).noneMatch(a -> a.equalsIgnoreCase("TACACS"));
        assertThat(judged("p2s:548", "Macintosh")).isNotEqualTo(Outcome.CORRECT);
        assertThat(judged("p2s:548", "File Services")).isNotEqualTo(Outcome.CORRECT);
        assertThat(judged("p2s:389", "ILS")).isNotEqualTo(Outcome.CORRECT);
        assertThat(judged("p2s:102", "MTA")).isNotEqualTo(Outcome.CORRECT);
        assertThat(judged("p2s:1524", "ingress")).isNotEqualTo(Outcome.CORRECT);
        assertThat(judged("p2s:69", "Trival File Transfer")).isNotEqualTo(Outcome.CORRECT);
        assertThat(judged("p2s:465", "igmpv3lite")).isNotEqualTo(Outcome.CORRECT);
        assertThat(judged("p2s:2049", "shilp")).isNotEqualTo(Outcome.CORRECT);
        assertThat(judged("p2s:3389", "Terminal Services")).isEqualTo(Outcome.CORRECT);
        assertThat(judged("p2s:80", "超文本传输协议")).isEqualTo(Outcome.CORRECT);
        assertThat(judged("p2s:636", "Lightweight Directory Access Protocol over SSL")).isEqualTo(Outcome.CORRECT);
        assertThat(judged("p2s:1433", "Structured Query Language (SQL) Server")).isEqualTo(Outcome.CORRECT);
        assertThat(byId).doesNotContainKeys("d2p:0", "d2p:22", "d2p:513", "d2p:635", "d2p:2049");
        assertThat(byId.values()).filteredOn(c -> c.id().startsWith("trojan:vodoo"))
                .allSatisfy(c -> assertThat(c.promptEn()).contains("Voodoo"));
    }

    @Test
    void folkloreIsNeverInADefaultAndTheTiersHoldNoTrivia() {
        Set<String> folklore = deck("folklore").cards().stream().map(Card::id).collect(Collectors.toSet());
        for (String tier : List.of("essentials", "a-plus", "network-plus", "security-plus", "ccna", "interview",
                "well-known")) {
            assertThat(deck(tier).cards()).as(tier).noneMatch(c -> folklore.contains(c.id()));
        }
        assertThat(folklore).contains("p2s:635", "p2s:666");
        assertThat(byId.values()).filteredOn(c -> c.answerKind() == AnswerKind.SERVICE)
                .allSatisfy(c -> assertThat(c.distractors()).doesNotContain("rlzdbase", "Doom", "xinuexpansion3"));
    }
}
