package com.portdrill.deck;

import com.portdrill.text.Fold;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a deck's cards accept, each with its ports, and which ports secure which, so that feedback can say
 * what a wrong name or port typed really is ("IMAP4 is IMAP, port 143"). Built once per deck from its cards alone:
 * a deck needs nothing else at study time.
 */
public final class NameIndex {
    /** A service as a card names it: the name shown, and its ports. */
    public record Named(String name, List<Integer> ports) {
        public Named {
            ports = List.copyOf(ports);
        }
    }

    private final List<Card> cards;
    /** Built at the first look-up, not with the session: folding every name waits on Unicode's tables. */
    private volatile Lookup lookup;

    /** What the look-ups read, made from the cards once. */
    private record Lookup(Map<String, Named> byName, Map<List<Integer>, String> nameByPorts,
                          Set<List<List<Integer>>> secured) {
        static Lookup of(List<Card> cards) {
            Map<String, Named> byName = new HashMap<>();
            Map<List<Integer>, String> nameByPorts = new HashMap<>();
            // Pairs of clear ports and the ports of their secure form.
            Set<List<List<Integer>>> secured = new HashSet<>();
            for (Card c : cards) {
                List<Integer> ports = c.explanation().ports();
                if (c.direction() == Direction.PORT_TO_SERVICE && !c.acceptedAnswers().isEmpty() && !ports.isEmpty()) {
                    Named named = new Named(c.acceptedAnswers().get(0), ports);
                    nameByPorts.putIfAbsent(named.ports(), named.name());
                    c.acceptedAnswers().forEach(n -> byName.putIfAbsent(Fold.compact(n), named));
                }
                // A "secure form of?" card explains the secure ports and is answered by the clear ones; a "secure
                // counterpart of?" card explains its own answer, so it says nothing the other does not.
                if (c.direction() == Direction.COUNTERPART && !ports.isEmpty() && !c.answerPorts().isEmpty()
                        && !ports.equals(c.answerPorts())) {
                    secured.add(List.of(List.copyOf(c.answerPorts()), ports));
                }
            }
            return new Lookup(byName, nameByPorts, secured);
        }
    }

    private NameIndex(List<Card> cards) {
        this.cards = List.copyOf(cards);
    }

    public static NameIndex of(List<Card> cards) {
        return new NameIndex(cards);
    }

    /** The look-ups, made on first use; two threads that race make equal ones, and either is kept. */
    private Lookup lookup() {
        Lookup l = lookup;
        if (l == null) {
            l = Lookup.of(cards);
            lookup = l;
        }
        return l;
    }

    /**
     * The service a typed name is, as compared by the judge (case, spaces and punctuation aside). A name given with
     * brackets ({@code SSH (Secure Shell)}, {@code DNS (UDP)}) is the service every part of it names that the index
     * knows, when they all name the same one.
     */
    public Optional<Named> named(String typed) {
        Optional<Named> whole = byName(typed);
        // The judge's reading of brackets, looked up here rather than held: the index is made before the first
        // question, and the judge's patterns are compiled by its first answer.
        Pattern bracketed = AnswerJudge.BRACKETED;
        if (whole.isPresent() || !bracketed.matcher(typed).find()) {
            return whole;
        }
        Set<Named> parts = new HashSet<>();
        byName(bracketed.matcher(typed).replaceAll(" ")).ifPresent(parts::add);
        Matcher inside = bracketed.matcher(typed);
        while (inside.find()) {
            byName(inside.group(1)).ifPresent(parts::add);
        }
        return parts.size() == 1 ? parts.stream().findFirst() : Optional.empty();
    }

    private Optional<Named> byName(String typed) {
        return Optional.ofNullable(lookup().byName().get(Fold.compact(Fold.width(typed))));
    }

    /** The name shown for exactly these ports, if a card asks it. */
    public Optional<String> nameOf(List<Integer> ports) {
        return Optional.ofNullable(lookup().nameByPorts().get(ports));
    }

    /** Whether {@code secure} is the secure form of {@code clear}. */
    public boolean secures(List<Integer> secure, List<Integer> clear) {
        return lookup().secured().contains(List.of(clear, secure));
    }
}
