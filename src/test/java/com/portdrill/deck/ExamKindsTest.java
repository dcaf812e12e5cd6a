package com.portdrill.deck;

import com.portdrill.knowledge.Tier;
import com.portdrill.session.AnswerMode;
import com.portdrill.session.Answering;
import com.portdrill.session.Attempt;
import com.portdrill.session.Question;
import com.portdrill.session.Response;
import com.portdrill.srs.Rating;
import com.portdrill.store.CatalogueFiles;
import com.portdrill.store.DeckDataFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The exam-style kinds of question (issue 15), built from the real knowledge base and judged in every mode. */
class ExamKindsTest {
    private static List<Deck> decks;
    private static Map<String, Card> byId;

    @BeforeAll
    static void build() {
        decks = new DeckBuilder(DeckBuilder.DECK_SEED).build(CatalogueFiles.load(), DeckDataFiles.load());
        byId = new HashMap<>();
        decks.forEach(d -> d.cards().forEach(c -> byId.put(c.id(), c)));
    }

    private static Deck deck(Tier tier) {
        return decks.stream().filter(d -> d.name().equals(tier.code())).findFirst().orElseThrow();
    }

    private static Outcome typed(String id, String answer) {
        Card card = byId.get(id);
        assertThat(card).as(id).isNotNull();
        Judgement j = AnswerJudge.judge(card, answer);
        assertThat(j).as(id + " / " + answer).isInstanceOf(Judgement.Judged.class);
        return ((Judgement.Judged) j).outcome();
    }

    @Test
    void theExamTiersHoldEveryKindAndTheDrillPoolNone() {
        List<Direction> kinds = Arrays.stream(Direction.values()).filter(d -> !d.recall()).toList();
        for (Tier tier : List.of(Tier.NETWORK_PLUS, Tier.SECURITY_PLUS, Tier.INTERVIEW)) {
            assertThat(deck(tier).cards().stream().map(Card::direction).distinct()).as(tier.code())
                    .containsAll(kinds);
        }
        assertThat(deck(Tier.CCNA).cards()).anyMatch(c -> c.id().equals("ipproto:88"));
        assertThat(deck(Tier.ESSENTIALS).cards()).noneMatch(c -> c.direction() == Direction.PROTOCOL_NUMBER);
        for (Deck d : decks) {
            if (Tier.of(d.name()).filter(Tier::listed).isEmpty()) {
                assertThat(d.cards()).as(d.name()).allMatch(c -> c.direction().recall());
            }
        }
    }

    @Test
    void aCardHasOneContentWhereverItIsAskedWithChineseAndASourceInItsExplanation() {
        Map<String, Card> seen = new HashMap<>();
        for (Deck d : decks) {
            for (Card c : d.cards()) {
                assertThat(seen.putIfAbsent(c.id(), c)).as(c.id()).isIn(null, c);
                if (!c.direction().recall()) {
                    assertThat(c.promptZh()).as(c.id()).containsPattern("\\p{IsHan}");
                    assertThat(c.explanation().noteEn()).as(c.id()).contains("Source: ");
                    assertThat(c.explanation().noteZh()).as(c.id()).contains("来源：");
                    assertThat(c.distractors()).as(c.id()).isNotEmpty();
                }
            }
        }
    }

    /** Over every exam-style card: the answer shown is accepted, and no wrong option is a right answer. */
    /** A set answered with some of its ports and nothing else is wrong and names the ones left out, as a group does. */
    @Test
    void aSetAnsweredInPartSaysWhichPortsAreMissing() {
        assertThat(AnswerJudge.judge(byId.get("scenario:apipa"), "67"))
                .isEqualTo(new Judgement.Judged(Outcome.WRONG, "67, 68", List.of(68)));
        assertThat(AnswerJudge.judge(byId.get("in-clear:22,23,53,853"), "port 23"))
                .isEqualTo(new Judgement.Judged(Outcome.WRONG, byId.get("in-clear:22,23,53,853").displayAnswer(),
                        List.of(53)));
        assertThat(AnswerJudge.judge(byId.get("scenario:apipa"), "67 and 53"))
                .as("a port that is not in the set: nothing to say is missing")
                .isEqualTo(new Judgement.Judged(Outcome.WRONG, "67, 68"));
    }

    @Test
    void theShownAnswerIsRightAndNoWrongOptionIs() {
        for (Card c : byId.values()) {
            if (c.direction().recall()) {
                continue;
            }
            assertThat(typed(c.id(), c.displayAnswer())).as(c.id()).isEqualTo(Outcome.CORRECT);
            for (String wrong : c.distractors()) {
                // Typed, one transport of a service on both is half right; picked among the options, it is wrong.
                Outcome typedOutcome = c.answerKind() == AnswerKind.TRANSPORT && c.displayAnswer().startsWith("both")
                        ? Outcome.CLOSE : Outcome.WRONG;
                assertThat(typed(c.id(), wrong)).as(c.id() + " offers " + wrong).isEqualTo(typedOutcome);
            }
        }
    }

    @ParameterizedTest(name = "{0}: ''{1}'' is {2}")
    @CsvSource(delimiter = '|', value = {
            "transport:69|udp|CORRECT", "transport:69|UDP only|CORRECT", "transport:69|仅 UDP|CORRECT", "transport:69|tcp|WRONG",
            "transport:69|both|WRONG", "transport:69|69/udp|WRONG",
            "transport:53|both|CORRECT", "transport:53|TCP and UDP|CORRECT", "transport:53|tcp/udp|CORRECT",
            "transport:53|两者都用|CORRECT", "transport:53|TCP和UDP|CORRECT", "transport:53|udp|CLOSE",
            "transport:53|tcp only|CLOSE", "transport:53|69/udp|WRONG",
            "secure-for:23|SSH|CORRECT", "secure-for:23|22|CORRECT", "secure-for:23|ssh 22/tcp|CORRECT",
            "secure-for:23|SSH 23|WRONG", "secure-for:23|Telnet|WRONG", "secure-for:23|23|WRONG",
            "secure-for:20,21|SFTP|CORRECT", "secure-for:20,21|FTPS 990|CORRECT",
            "secure-form:636|LDAP|CORRECT", "secure-form:636|389|CORRECT", "secure-form:636|LDAPS|WRONG",
            "secure-form:636|LDAP 636|WRONG",
            "range:3389|registered|CORRECT", "range:3389|user ports|CORRECT", "range:3389|注册端口|CORRECT",
            "range:3389|registred|CLOSE", "range:3389|dynamic|WRONG", "range:51820|ephemeral|CORRECT",
            "range:range-49160|dynamic|CORRECT", "range:range-1023|well-known|CORRECT",
            "range:range-1024|registered|CORRECT", "range:range-1024|well-known|WRONG",
            "range:linux-ephemeral|32768-60999|CORRECT", "range:linux-ephemeral|32768 to 60999|CORRECT",
            "range:linux-ephemeral|49152-65535|WRONG", "range:windows-ephemeral|49152–65535|CORRECT",
            "ipproto:47|47|CORRECT", "ipproto:47|protocol 47|CORRECT", "ipproto:47|1723|WRONG",
            "ipproto:47|47 50|WRONG", "ipproto:47|协议47|CORRECT", "ipproto:47|IPv4 47|WRONG", "ipproto:88|88|CORRECT", "ipproto:50|500|WRONG",
            "job:ipsec-nat|500, 4500|CORRECT", "job:ipsec-nat|udp 4500 and 500|CORRECT", "job:ipsec-nat|500|WRONG",
            "job:ipsec-nat|500 4500 50|WRONG", "job:kerberos|464 88|CORRECT", "job:global-catalog|3268 3269|CORRECT",
            "job:global-catalog|389 636|WRONG", "job:sip|5060/udp 5061/tcp|CORRECT",
            "scenario:submit-mail|587|CORRECT", "scenario:submit-mail|465|CORRECT", "scenario:submit-mail|25|WRONG",
            "scenario:names-fail|53/udp|CORRECT", "scenario:names-fail|port 53|CORRECT",
            "read-line:dhcp-discover|DHCP client|CORRECT", "read-line:dhcp-discover|dhcp 客户端|CORRECT",
            "read-line:dhcp-discover|DHCP server|WRONG", "read-line:dhcp-discover|DHCP|WRONG",
            "read-line:ss-sshd|sshd|CORRECT", "read-line:ss-sshd|SSH client|WRONG",
            "read-line:netstat-rdp|RDP server|CORRECT", "read-line:netstat-rdp|RDP client|WRONG",
    })
    void eachKindIsJudgedTyped(String id, String answer, Outcome expected) {
        assertThat(typed(id, answer)).isEqualTo(expected);
    }

    /** A port for a transport, or a name for a protocol number, answers another question: asked again, not scored. */
    @Test
    void anAnswerOfAnotherKindIsNotScored() {
        for (String answer : List.of("69", "port 69", "TFTP", "简单文件传输协议")) {
            assertThat(AnswerJudge.judge(byId.get("transport:69"), answer)).as(answer)
                    .isEqualTo(new Judgement.WrongKind(AnswerKind.TRANSPORT));
        }
        for (String answer : List.of("GRE", "generic routing encapsulation", "协议", "IMAP (IMAP4)", "SNMPv3")) {
            assertThat(AnswerJudge.judge(byId.get("ipproto:47"), answer)).as(answer)
                    .isEqualTo(new Judgement.WrongKind(AnswerKind.PROTOCOL_NUMBER));
        }
        for (String answer : List.of("DNS", "the resolver", "域名系统")) {
            assertThat(AnswerJudge.judge(byId.get("scenario:names-fail"), answer)).as("a name where the port is wanted: %s", answer)
                    .isEqualTo(new Judgement.WrongKind(AnswerKind.PORTS));
        }
        assertThat(typed("transport:69", "69/udp")).as("a transport with a port beside it is judged").isEqualTo(Outcome.WRONG);
        assertThat(typed("ipproto:47", "IP 6")).isEqualTo(Outcome.WRONG);
    }

    @Test
    void theTrapEigrpIsProtocol88WhileKerberosIsPort88IsExplained() {
        Card eigrp = byId.get("ipproto:88");
        assertThat(eigrp.promptEn()).startsWith("EIGRP");
        assertThat(eigrp.explanation().noteEn()).contains("Port 88 is Kerberos");
        assertThat(eigrp.explanation().noteZh()).contains("端口 88 是 Kerberos");
    }

    @Test
    void multiSelectAndTransportOptionsAreTheRealConfusions() {
        Card tftp = byId.get("transport:69");
        assertThat(tftp.displayAnswer()).isEqualTo("UDP");
        assertThat(tftp.distractors()).containsExactly("TCP", "both TCP and UDP");
        List<Card> inClear = deck(Tier.SECURITY_PLUS).cards().stream()
                .filter(c -> c.direction() == Direction.IN_CLEAR).toList();
        assertThat(inClear).isNotEmpty().allMatch(c -> c.answerKind() == AnswerKind.PORT_SET && c.answerPorts().size() == 2);
        assertThat(byId.get("range:3389").distractors()).containsExactly("well-known", "dynamic");
    }

    /** Choice and flip, through the same rules the sessions use, for one card of every kind. */
    @Test
    void everyKindIsJudgedAsAChoiceAndAsAFlipCard() {
        Map<Direction, Card> one = deck(Tier.INTERVIEW).cards().stream().filter(c -> !c.direction().recall())
                .collect(Collectors.toMap(Card::direction, c -> c, (a, b) -> a));
        assertThat(one).hasSize(8);
        Instant t = Instant.parse("2026-12-04T12:00:00Z");
        for (Card c : one.values()) {
            Question q = Question.ask(c, AnswerMode.CHOICE, new SplittableRandom(7));
            assertThat(q.mode()).as(c.id()).isEqualTo(AnswerMode.CHOICE);
            assertThat(q.options()).as(c.id()).hasSizeGreaterThan(1).contains(c.displayAnswer());
            assertThat(outcome(Answering.judge(q, new Response.Picked(q.right()), t, t.plusSeconds(5))))
                    .as(c.id()).isEqualTo(Outcome.CORRECT);
            int wrong = q.right() == 0 ? 1 : 0;
            assertThat(outcome(Answering.judge(q, new Response.Picked(wrong), t, t.plusSeconds(5))))
                    .as(c.id()).isEqualTo(Outcome.WRONG);
            Question flip = Question.ask(c, AnswerMode.FLIP, new SplittableRandom(7));
            assertThat(outcome(Answering.judge(flip, new Response.SelfGraded(Rating.GOOD), t, t.plusSeconds(5))))
                    .isEqualTo(Outcome.CORRECT);
            assertThat(outcome(Answering.judge(flip, new Response.SelfGraded(Rating.AGAIN), t, t.plusSeconds(5))))
                    .isEqualTo(Outcome.WRONG);
        }
    }

    private static Outcome outcome(Attempt a) {
        assertThat(a).isInstanceOf(Attempt.Judged.class);
        return ((Attempt.Judged) a).outcome();
    }
}
