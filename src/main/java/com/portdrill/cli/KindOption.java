package com.portdrill.cli;

import com.portdrill.deck.Deck;
import com.portdrill.deck.Direction;

import java.util.Arrays;
import java.util.stream.Collectors;

/** {@code --kind K} on study, quiz and drill: one kind of question from the deck. */
final class KindOption {
    static final String DESCRIPTION = "Only this kind of question: transport, counterpart, range, job, scenario, "
            + "protocol-number, read-line, in-clear, port-to-service, service-to-port, description-to-port or "
            + "trojan-to-port (see 'portdrill decks list').";

    private KindOption() {
    }

    /** The deck, or its cards of the kind named; an unknown kind, or one the deck lacks, is a usage error. */
    static Deck apply(Deck deck, String kind) {
        if (kind == null) {
            return deck;
        }
        Direction d = Direction.ofCode(kind).orElseThrow(() -> UserError.usage("--kind is one of "
                + Arrays.stream(Direction.values()).map(Direction::code).collect(Collectors.joining(", "))
                + ", not '" + kind + "'"));
        Deck only = deck.ofKind(d);
        if (only.cards().isEmpty()) {
            throw UserError.usage("the deck " + deck.name() + " has no " + kind
                    + " questions; 'portdrill decks list' shows how many of each kind every deck holds");
        }
        return only;
    }
}
