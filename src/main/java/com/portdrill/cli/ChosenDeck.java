package com.portdrill.cli;

import com.portdrill.store.DeckFileException;
import com.portdrill.store.DeckFiles;
import com.portdrill.store.SettingsFile;
import com.portdrill.tui.Choices;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;

/**
 * The deck a study or quiz starts on when {@code --deck} is not given: the one chosen in Settings, or Network+ until
 * one is chosen. A saved deck that is no longer built (the old {@code exam}) falls back to the default rather than
 * failing.
 */
final class ChosenDeck {
    private ChosenDeck() {
    }

    static String of(GlobalOptions global, String given) {
        if (given != null) {
            return given;
        }
        return saved(global.dataDir(), global.decksDir()).orElse(Choices.DEFAULT_DECK);
    }

    /** The saved deck, where its file is still in the decks folder. */
    static Optional<String> saved(Path dataDir, Path decksDir) {
        Optional<String> deck = SettingsFile.load(dataDir, Clock.systemUTC()).deck();
        return deck.filter(d -> exists(decksDir, d));
    }

    static boolean exists(Path decksDir, String deck) {
        try {
            return DeckFiles.deckNames(decksDir).contains(deck);
        } catch (DeckFileException e) {
            return false;
        }
    }
}
