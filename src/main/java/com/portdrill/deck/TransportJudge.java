package com.portdrill.deck;

import com.portdrill.knowledge.Transport;
import com.portdrill.text.Fold;

import java.util.Optional;
import java.util.Set;

/**
 * Judges "TCP, UDP or both?". The transport is the answer. One of the two for a service that runs over both ("TCP"
 * for RDP, "UDP" for DNS) is close, as an examiner would give half the mark: it is true, and the exam tables often
 * list only that one; the feedback says both. "Both" for a service on one transport claims what is false, and is
 * wrong, as is a transport with a port beside it ("69/udp"). An answer that names no transport at all (a port, a
 * service) answers another question: it is not scored, and the learner is asked again.
 */
final class TransportJudge {
    /** Words that say both transports: "both", "TCP and UDP", "两者", "都". */
    private static final Set<String> BOTH = Set.of("both", "两者", "都", "都是", "两个都", "二者");
    /** Words an answer may carry besides the transports themselves ("UDP only", "仅 UDP"). */
    private static final Set<String> FILLER = Set.of("and", "or", "over", "only", "just", "和", "与", "或", "及", "仅",
            "只", "只有", "仅用");

    private TransportJudge() {
    }

    static Judgement judge(Card card, String typed) {
        if (!namesATransport(typed)) {
            return new Judgement.WrongKind(AnswerKind.TRANSPORT);
        }
        Optional<Transport> given = read(typed);
        Optional<Transport> right = read(card.displayAnswer());
        if (given.isPresent() && given.equals(right)) {
            return KindJudges.correct(card.displayAnswer());
        }
        return given.isPresent() && right.equals(Optional.of(Transport.TCP_UDP))
                ? new Judgement.Judged(Outcome.CLOSE, card.displayAnswer()) : KindJudges.wrong(card);
    }

    /** Whether the answer says TCP, UDP or both anywhere, whatever else it says. */
    private static boolean namesATransport(String text) {
        for (String word : Fold.loose(text).split("[^a-z\\p{IsHan}]+|(?<=[a-z])(?=\\p{IsHan})|(?<=\\p{IsHan})(?=[a-z])")) {
            if (word.equals("tcp") || word.equals("udp") || saysBoth(word)) {
                return true;
            }
        }
        return false;
    }

    /** "both", or Chinese that says both ("两者都", "二者皆可"). */
    private static boolean saysBoth(String word) {
        return BOTH.contains(word) || word.matches("\\p{IsHan}+")
                && (word.contains("两") || word.contains("都") || word.contains("二者"));
    }

    /** The transport an answer names, or empty where it names none or says something else too. */
    static Optional<Transport> read(String text) {
        boolean tcp = false;
        boolean udp = false;
        boolean both = false;
        for (String word : Fold.loose(text).split(" ")) {
            String w = word.replaceAll("(?<=[a-z])(?=\\p{IsHan})|(?<=\\p{IsHan})(?=[a-z])", " ");
            for (String part : w.split(" ")) {
                if (part.equals("tcp")) {
                    tcp = true;
                } else if (part.equals("udp")) {
                    udp = true;
                } else if (saysBoth(part)) {
                    both = true;
                } else if (!part.isEmpty() && !FILLER.contains(part)) {
                    return Optional.empty();
                }
            }
        }
        if (both || tcp && udp) {
            return Optional.of(Transport.TCP_UDP);
        }
        if (tcp != udp) {
            return Optional.of(tcp ? Transport.TCP : Transport.UDP);
        }
        return Optional.empty();
    }
}
