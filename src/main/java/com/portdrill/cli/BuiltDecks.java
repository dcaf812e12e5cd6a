package com.portdrill.cli;

import com.portdrill.deck.Deck;
import com.portdrill.deck.DeckBuilder;
import com.portdrill.store.CatalogueFiles;
import com.portdrill.store.DeckDataFiles;

import java.util.List;

/** The decks the code builds now: from the catalogue, IANA and the deck data shipped in the jar. */
final class BuiltDecks {
    private BuiltDecks() {
    }

    static List<Deck> build() {
        return new DeckBuilder(DeckBuilder.DECK_SEED).build(CatalogueFiles.load(), DeckDataFiles.load());
    }
}
