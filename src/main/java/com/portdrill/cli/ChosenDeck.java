package com.portdrill.cli;

import com.portdrill.store.DeckFileException;
import com.portdrill.store.DeckFiles;
import com.portdrill.tui.Choices;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The deck a study or quiz starts on: {@code --deck} when given, else the one chosen in Settings, or Network+ until
 * one is chosen. A saved deck that is no longer built (the old {@code exam}) falls back to the default rather than
 * failing. Without {@code --deck} the deck is known only once the shell has read the settings file, so it is loaded
 * then rather than beside the store.
 */
final class ChosenDeck {
    private final DeckLoad early;
    private final Path decksDir;

    private ChosenDeck(DeckLoad early, Path decksDir) {
        this.early = early;
        this.decksDir = decksDir;
    }

    /** Starts loading a deck named on the command line at once, beside the store. */
    static ChosenDeck start(Path decksDir, String given) {
        return new ChosenDeck(given == null ? null : DeckLoad.start(decksDir, given), decksDir);
    }

    /** The load of the deck to use, given the shell that read the settings. */
    DeckLoad load(SessionShell shell) {
        return early != null ? early : DeckLoad.start(decksDir, of(decksDir, shell.savedDeck()));
    }

    /** The saved deck where its file is still in the decks folder, else the default. */
    static String of(Path decksDir, Optional<String> saved) {
        return saved.filter(d -> exists(decksDir, d)).orElse(Choices.DEFAULT_DECK);
    }

    static boolean exists(Path decksDir, String deck) {
        try {
            return DeckFiles.deckNames(decksDir).contains(deck);
        } catch (DeckFileException e) {
            return false;
        }
    }
}
