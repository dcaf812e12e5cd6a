package com.portdrill.deck;

import com.portdrill.catalogue.Verdict;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
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
    void aGroupMissingAPortIsWrong(@ForAll("groups") List<Integer> group) {
        String partial = String.join(" ", group.subList(1, group.size()).stream().map(String::valueOf).toList());
        assertThat(AnswerJudge.judge(ports(group), partial))
                .isEqualTo(new Judgement.Judged(Outcome.WRONG, ports(group).displayAnswer()));
    }

    @Property(tries = 300, seed = "42")
    void anyOtherNumberIsWrongHoweverClose(@ForAll @IntRange(max = 65535) int port, @ForAll @IntRange(max = 65535) int typed) {
        Outcome outcome = ((Judgement.Judged) AnswerJudge.judge(ports(List.of(port)), String.valueOf(typed))).outcome();
        assertThat(outcome).isEqualTo(port == typed ? Outcome.CORRECT : Outcome.WRONG);
    }

    @Provide
    Arbitrary<List<Integer>> groups() {
        return Arbitraries.integers().between(0, 65535).set().ofMinSize(2).ofMaxSize(5)
                .map(s -> s.stream().sorted().toList());
    }
}
