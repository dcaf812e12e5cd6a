package com.portdrill.deck;

import com.portdrill.catalogue.Verdict;
import com.portdrill.text.Fold;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerJudgePropertiesTest {
    private static final List<String> SEPARATORS = List.of(" ", ",", ", ", "、", "，", " ; ", "/");

    private static Card ports(List<Integer> answer) {
        return new Card("s2p:x", Direction.SERVICE_TO_PORT, "q", "q", AnswerKind.PORTS, answer, List.of(), List.of(),
                new Explanation(answer, null, null, null, Set.of(), "", Verdict.AGREES, null, null, null, null));
    }

    @Property(tries = 200, seed = "42")
    void everyOrderAndSeparatorOfAGroupIsRight(@ForAll("groups") List<Integer> group, @ForAll long shuffle) {
        List<Integer> typed = new ArrayList<>(group);
        Collections.shuffle(typed, new Random(shuffle));
        StringBuilder answer = new StringBuilder();
        Random pick = new Random(shuffle);
        for (int p : typed) {
            if (answer.length() > 0) {
                answer.append(SEPARATORS.get(pick.nextInt(SEPARATORS.size())));
            }
            answer.append(p);
        }
        assertThat(AnswerJudge.judge(ports(group), answer.toString()))
                .isEqualTo(new Judgement.Judged(Outcome.CORRECT, ports(group).displayAnswer()));
    }

    @Property(tries = 200, seed = "42")
    void aGroupMissingAPortIsWrongAndSaysWhichIsMissing(@ForAll("groups") List<Integer> group) {
        String partial = String.join(" ", group.subList(1, group.size()).stream().map(String::valueOf).toList());
        assertThat(AnswerJudge.judge(ports(group), partial))
                .isEqualTo(new Judgement.Judged(Outcome.WRONG, ports(group).displayAnswer(), List.of(group.get(0))));
    }

    @Property(tries = 300, seed = "42")
    void anyOtherNumberIsWrongHoweverClose(@ForAll @IntRange(max = 65535) int port, @ForAll @IntRange(max = 65535) int typed) {
        Outcome outcome = ((Judgement.Judged) AnswerJudge.judge(ports(List.of(port)), String.valueOf(typed))).outcome();
        assertThat(outcome).isEqualTo(port == typed ? Outcome.CORRECT : Outcome.WRONG);
    }

    private static Card service(String id, List<String> accepted, List<String> distractors) {
        return new Card(id, Direction.PORT_TO_SERVICE, "q", "q", AnswerKind.SERVICE, List.of(), accepted, distractors,
                new Explanation(List.of(1), null, null, null, Set.of(), "", Verdict.AGREES, null, null, null, null));
    }

    private static final List<Card> CARDS = List.of(
            service("p2s:53", List.of("DNS", "Domain Name System", "domain"), List.of("DHCP", "TFTP")),
            service("p2s:143", List.of("IMAP", "Internet Message Access Protocol"), List.of("IMAPS", "POP3")),
            service("p2s:137", List.of("NetBIOS name service", "NetBIOS-NS"), List.of("NetBIOS datagram service")),
            service("p2s:7", List.of("远程登录", "Telnet"), List.of("SSH")),
            ports(List.of(53)), ports(List.of(137, 138, 139)), ports(List.of(0)), ports(List.of(65535)));

    /** Nothing a person would call an answer: spacing, punctuation, zero-width and control characters. */
    private static final String BLANK_CHARS = " \t\n\r\u000b\f\u00a0\u3000\u2003\u200b\u200c\u200d\u2060\ufeff\u00ad"
            + ".,;:!?-_/\\|'\"()[]{}<>@#$%^&*+=~`，。、；：！？「」（）【】\u0000\u0007\u001b\u007f\u0085\u009b\u202e\u2066";

    @Property(tries = 500, seed = "42")
    void caseAndWidthNeverChangeTheJudgement(@ForAll("cards") Card card, @ForAll("attempts") String typed,
                                            @ForAll long variant) {
        Random pick = new Random(variant);
        StringBuilder changed = new StringBuilder();
        typed.chars().forEach(c -> {
            int ch = c;
            if (ch < 128 && Character.isLetter(ch) && pick.nextBoolean()) {
                ch = Character.isUpperCase(ch) ? Character.toLowerCase(ch) : Character.toUpperCase(ch);
            }
            if (pick.nextBoolean()) {
                ch = ch == ' ' ? '\u3000' : ch > ' ' && ch < 0x7F ? ch + 0xFEE0 : ch;
            }
            changed.append((char) ch);
        });
        assertThat(AnswerJudge.judge(card, changed.toString())).as("%s vs %s", typed, changed)
                .isEqualTo(AnswerJudge.judge(card, typed));
    }

    @Property(tries = 500, seed = "42")
    void blankInputIsNeverAcceptedNorJudged(@ForAll("cards") Card card, @ForAll("blanks") String typed) {
        assertThat(AnswerJudge.judge(card, typed)).isInstanceOf(Judgement.Blank.class);
    }

    @Property(tries = 1000, seed = "42")
    void anyTextIsJudgedWithoutFailingAndRightOnlyWhenItNamesTheAnswer(@ForAll("cards") Card card,
                                                                      @ForAll("attempts") String typed) {
        Judgement j = AnswerJudge.judge(card, typed);
        if (j instanceof Judgement.Judged judged && judged.outcome() == Outcome.CORRECT) {
            if (card.answerKind() == AnswerKind.PORTS) {
                assertThat(Fold.width(typed)).containsPattern("\\d");
                card.answerPorts().forEach(p -> assertThat(Fold.width(typed)).contains(String.valueOf(p)));
            } else {
                assertThat(card.acceptedAnswers().stream().map(Fold::compact)).contains(Fold.compact(typed));
            }
        }
    }

    @Provide
    Arbitrary<Card> cards() {
        return Arbitraries.of(CARDS);
    }

    @Provide
    Arbitrary<String> blanks() {
        return Arbitraries.strings().withChars(BLANK_CHARS.toCharArray()).ofMaxLength(12);
    }

    /** Answers near the right ones, other ports, and anything at all (lone surrogates and controls included). */
    @Provide
    Arbitrary<String> attempts() {
        Arbitrary<String> near = Arbitraries.of(CARDS).flatMap(c -> Arbitraries.of(c.answerKind() == AnswerKind.PORTS
                ? List.of(c.displayAnswer(), c.displayAnswer().replace(", ", " "), c.displayAnswer() + "/tcp")
                : c.acceptedAnswers()));
        Arbitrary<String> edited = Combinators.combine(near, Arbitraries.strings().withChars(" -.1aZ\u00e9").ofMaxLength(2),
                Arbitraries.integers().between(0, 40)).as((s, insert, at) -> {
                    int i = Math.min(at, s.length());
                    return s.substring(0, i) + insert + s.substring(i);
                });
        return Arbitraries.oneOf(near, edited, Arbitraries.integers().between(0, 70000).map(String::valueOf),
                Arbitraries.strings().ascii().ofMaxLength(24), Arbitraries.strings().all().ofMaxLength(24));
    }

    @Provide
    Arbitrary<List<Integer>> groups() {
        return Arbitraries.integers().between(0, 65535).set().ofMinSize(2).ofMaxSize(5)
                .map(s -> s.stream().sorted().toList());
    }
}
