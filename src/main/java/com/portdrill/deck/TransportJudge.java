package com.portdrill.deck;

import com.portdrill.knowledge.Transport;
import com.portdrill.text.Fold;

import java.util.Optional;
import java.util.Set;

/**
 * Judges "TCP, UDP or both?". The transport is the answer, so it is judged strictly: TCP for a service that runs
 * over both is wrong, and so is a port number, however right the port.
 */
final class TransportJudge {
    /** Words that say both transports: "both", "TCP and UDP", "两者", "都". */
    private static final Set<String> BOTH = Set.of("both", "两者", "都", "都是", "两个都", "二者");
    /** Words an answer may carry besides the transports themselves. */
    private static final Set<String> FILLER = Set.of("and", "or", "over", "和", "与", "或", "及");

    private TransportJudge() {
    }

    static Judgement judge(Card card, String typed) {
        Optional<Transport> given = read(typed);
        Optional<Transport> right = read(card.displayAnswer());
        return given.isPresent() && given.equals(right) ? KindJudges.correct(card.displayAnswer())
                : KindJudges.wrong(card);
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
