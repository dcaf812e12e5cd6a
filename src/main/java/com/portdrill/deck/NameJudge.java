package com.portdrill.deck;

import com.portdrill.text.EditDistance;
import com.portdrill.text.Fold;

import java.util.Set;
import java.util.TreeSet;

/**
 * Judges a name answer: a counterpart ("SSH, 22/tcp"), a range ("dynamic"), a line read ("DHCP client"). The
 * name alone is enough; ports typed with it must be the card's (any of them where the answer is one of several
 * services); a small typo in the name is close, another answer's name is wrong.
 */
final class NameJudge {
    private static final Set<String> TRANSPORTS = Set.of("tcp", "udp", "port", "ports", "端口");
    /**
     * Words a learner writes around a name that name nothing: "DNS, it's the client", "this host is the SSH server".
     * ("it's" folds to "it s".)
     */
    private static final Set<String> FILLER = Set.of("it", "s", "its", "is", "the", "a", "an", "this", "that", "host",
            "side", "here", "so");

    private NameJudge() {
    }

    static Judgement judge(Card card, String typed) {
        String whole = Fold.compact(typed);
        for (String accepted : card.acceptedAnswers()) {
            if (Fold.compact(accepted).equals(whole)) {
                return KindJudges.correct(accepted);
            }
        }
        Set<Integer> ports = new TreeSet<>();
        StringBuilder name = new StringBuilder();
        for (String word : Fold.loose(typed).split(" ")) {
            if (word.matches("[0-9]{1,5}")) {
                ports.add(Integer.parseInt(word));
            } else if (!TRANSPORTS.contains(word) && !FILLER.contains(word)) {
                name.append(word);
            }
        }
        boolean portsFit = ports.isEmpty() ? name.length() > 0 : card.answerPorts().containsAll(ports);
        if (!portsFit) {
            return KindJudges.wrong(card);
        }
        String given = name.toString();
        if (given.isEmpty()) {
            return KindJudges.correct(card.displayAnswer());
        }
        String closest = null;
        int best = Integer.MAX_VALUE;
        for (String accepted : card.acceptedAnswers()) {
            String target = Fold.compact(accepted);
            if (target.equals(given)) {
                return KindJudges.correct(accepted);
            }
            int distance = EditDistance.between(given, target);
            if (distance <= AnswerJudge.allowedTypos(target) && distance < best) {
                best = distance;
                closest = accepted;
            }
        }
        // A wrong option is written "LDAPS, 636/tcp": its name is what a mix-up types.
        boolean another = card.distractors().stream().map(d -> Fold.compact(d.split(",")[0])).anyMatch(given::equals);
        return closest == null || another ? KindJudges.wrong(card) : new Judgement.Judged(Outcome.CLOSE, closest);
    }
}
