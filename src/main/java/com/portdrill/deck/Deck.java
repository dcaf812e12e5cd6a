package com.portdrill.deck;

import java.util.List;
import java.util.Objects;

/**
 * A named set of cards.
 *
 * @param name    a plain name (letters, digits, '-'), also the file name under {@code decks/}
 * @param titleEn the title shown in English
 * @param titleZh the title shown in Chinese
 * @param cards   the cards, in a stable order
 */
public record Deck(String name, String titleEn, String titleZh, List<Card> cards) {
    public Deck {
        Objects.requireNonNull(name, "name");
        cards = List.copyOf(cards);
    }

    /** The deck's cards of one kind only, under the same name, so progress and feedback read as before. */
    public Deck ofKind(Direction kind) {
        return new Deck(name, titleEn, titleZh, cards.stream().filter(c -> c.direction() == kind).toList());
    }
}
