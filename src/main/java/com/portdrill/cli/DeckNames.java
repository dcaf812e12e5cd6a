package com.portdrill.cli;

import com.portdrill.store.DeckFileException;
import com.portdrill.store.DeckFiles;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

/**
 * The values a {@code --deck} option that reads a deck can take, for shell completion: the decks in a folder, by
 * name. {@link Grammar} gives each such option one for the default folder; the completion script asks for the
 * folder of its own run ({@code --decks-dir}). A folder that cannot be read completes no names: completion is a
 * convenience, and the command itself says what is wrong with the folder.
 */
public final class DeckNames implements Iterable<String> {
    private final Path dir;

    public DeckNames() {
        this(GlobalOptions.home().resolve("decks"));
    }

    DeckNames(Path dir) {
        this.dir = dir;
    }

    @Override
    public Iterator<String> iterator() {
        try {
            return DeckFiles.deckNames(dir).iterator();
        } catch (DeckFileException e) {
            return List.<String>of().iterator();
        }
    }
}
