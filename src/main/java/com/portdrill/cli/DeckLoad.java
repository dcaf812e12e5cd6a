package com.portdrill.cli;

import com.portdrill.background.Background;
import com.portdrill.deck.Deck;
import com.portdrill.store.DeckFileException;
import com.portdrill.store.DeckFiles;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A deck read on a thread of its own while the command opens the progress store: reading and parsing the deck
 * (about 30 ms cold, most of it Jackson's first use) and settling the time zone and the store (about 20 ms) are
 * the two halves of the wait for the first question, and the machines this runs on have two cores. What the
 * user sees does not change: a failure to read the deck is raised only where the command asks for the deck,
 * after the store's own failures and warnings.
 */
final class DeckLoad {
    /** The name the deck was read under, and the deck or why it could not be read. */
    private record Read(String name, Optional<Deck> deck, String failure) {
    }

    private final Path dir;
    private final Background<Read> task;

    private DeckLoad(Path dir, Background<Read> task) {
        this.dir = dir;
        this.task = task;
    }

    /** Starts reading the named deck from {@code dir}; a name that cannot be a deck's is a usage error, at once. */
    static DeckLoad start(Path dir, String name, Optional<DeckLoad> likely) {
        requireDeckName(name);
        return resolving(dir, () -> name, likely);
    }

    /**
     * Starts reading the deck {@code name} names, worked out on the reader's thread too: when the name comes from the
     * settings file, reading it is part of the wait the store's opening can hide. When {@code likely} reads the
     * same deck from the same folder, its reading is taken rather than done again.
     */
    static DeckLoad resolving(Path dir, Supplier<String> name, Optional<DeckLoad> likely) {
        return new DeckLoad(dir, Background.start("portdrill-deck", () -> {
            String n = name.get();
            Optional<Read> same = likely.flatMap(l -> l.readOf(dir, n));
            if (same.isPresent()) {
                return same.get();
            }
            try {
                return new Read(n, Optional.of(DeckFiles.load(dir, n)), null);
            } catch (DeckFileException e) {
                return new Read(n, Optional.empty(), e.getMessage());
            }
        }));
    }

    /** A {@code --deck} value that is a path or otherwise not a deck's name ends the command with exit code 2. */
    static void requireDeckName(String name) {
        try {
            DeckFiles.pathOf(Path.of(""), name);
        } catch (DeckFileException e) {
            throw UserError.usage(e.getMessage());
        }
    }

    /** This load's reading when it is of deck {@code name} in {@code folder}, waiting for it only then. */
    private Optional<Read> readOf(Path folder, String name) {
        return dir.equals(folder) ? Optional.of(task.get()).filter(r -> r.name().equals(name)) : Optional.empty();
    }

    /** The deck, once read; a deck that cannot be read is the command's one-line failure, as when read in line. */
    Deck get() {
        Read read = task.get();
        return read.deck().orElseThrow(() -> UserError.failure(read.failure()));
    }

    /** The name the deck is read under, once known. */
    String name() {
        return task.get().name();
    }
}
