package com.portdrill.cli;

import com.portdrill.deck.Card;
import com.portdrill.store.DeckFileException;
import com.portdrill.store.DeckFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Every card the decks folder holds, for figures over all of them: new cards, and names for the weakest. */
final class DeckCards {
    private static final String ALL_DECK = "documents";

    private DeckCards() {
    }

    /**
     * Every deck's cards, each id once, the every-port deck first. An absent folder holds none; a deck that cannot
     * be read is named through {@code warn} and left out, since what is asked of the cards still stands on the rest.
     */
    static List<Card> all(Path dir, Consumer<String> warn) {
        List<String> names;
        try {
            names = new ArrayList<>(DeckFiles.deckNames(dir));
        } catch (DeckFileException e) {
            warn.accept(e.getMessage());
            return List.of();
        }
        if (names.remove(ALL_DECK)) {
            names.add(0, ALL_DECK);
        }
        Map<String, Card> byId = new LinkedHashMap<>();
        for (String name : names) {
            try {
                DeckFiles.load(dir, name).cards().forEach(c -> byId.putIfAbsent(c.id(), c));
            } catch (DeckFileException e) {
                warn.accept(e.getMessage());
            }
        }
        return List.copyOf(byId.values());
    }
}
