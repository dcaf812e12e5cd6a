package com.portdrill.cli;

import com.portdrill.store.DeckFileException;
import com.portdrill.store.DeckFiles;
import com.portdrill.store.SettingsFile;
import com.portdrill.tui.Choices;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The deck a study or quiz starts on: {@code --deck} when given, else the one chosen in Settings, or Network+ until
 * one is chosen. A saved deck that is no longer built (the old {@code exam}) falls back to the default rather than
 * failing. Without {@code --deck} the deck is still read beside the store, under the name a glance at the settings
 * file gives; the shell's own reading of that file decides, and in the rare case the two differ (the file changed in
 * between, or was damaged) the deck it names is read then.
 */
final class ChosenDeck {
    private final DeckLoad early;
    private final boolean given;
    private final Path decksDir;

    private ChosenDeck(DeckLoad early, boolean given, Path decksDir) {
        this.early = early;
        this.given = given;
        this.decksDir = decksDir;
    }

    /** Starts loading the deck at once, beside the store: the one named on the command line, else the saved one. */
    static ChosenDeck start(Path decksDir, String given, Path dataDir, Optional<DeckLoad> likely) {
        return new ChosenDeck(given != null ? DeckLoad.start(decksDir, given, likely) : saved(decksDir, dataDir, likely),
                given != null, decksDir);
    }

    /** Starts loading the deck a glance at the settings file names (else the default), beside whatever opens next. */
    static DeckLoad saved(Path decksDir, Path dataDir, Optional<DeckLoad> likely) {
        return DeckLoad.resolving(decksDir, () -> of(decksDir, SettingsFile.peekDeck(dataDir)), likely);
    }

    /** The load of the deck to use, given the shell that read the settings. */
    DeckLoad load(SessionShell shell) {
        if (given) {
            return early;
        }
        String wanted = of(decksDir, shell.savedDeck());
        return early.name().equals(wanted) ? early : DeckLoad.start(decksDir, wanted, Optional.empty());
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
