package com.portdrill.deck;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Judges a set of ports: a job's ports, a multi-select ("23, 110"), a scenario's port, read as a port answer is
 * ({@link AnswerJudge#typedPorts}: words alone are a name where ports are wanted, asked again). Order and
 * transports do not matter; every port must be there and no other. Where another set is also right (465 as well as 587 for
 * encrypted submission), the card's accepted answers write it, ports separated by commas.
 */
final class PortSetJudge {
    private PortSetJudge() {
    }

    static Judgement judge(Card card, String typed) {
        AnswerJudge.TypedPorts read = AnswerJudge.typedPorts(typed);
        if (read.noneGiven()) {
            return new Judgement.WrongKind(AnswerKind.PORTS);
        }
        List<Set<Integer>> rightSets = rightSets(card);
        if (!read.unreadable()) {
            for (Set<Integer> right : rightSets) {
                if (right.equals(read.ports())) {
                    return KindJudges.correct(join(right));
                }
            }
        }
        return AnswerJudge.wrongNaming(card, rightSets.get(0), read);
    }

    /** The card's ports, then each other set its accepted answers write. */
    static List<Set<Integer>> rightSets(Card card) {
        List<Set<Integer>> sets = new ArrayList<>();
        sets.add(new TreeSet<>(card.answerPorts()));
        for (String other : card.acceptedAnswers()) {
            Set<Integer> set = new TreeSet<>();
            for (String p : other.split(",")) {
                set.add(Integer.parseInt(p.strip()));
            }
            sets.add(set);
        }
        return sets;
    }

    private static String join(Set<Integer> ports) {
        return String.join(", ", ports.stream().map(String::valueOf).toList());
    }
}
