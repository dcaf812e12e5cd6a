package com.portdrill.cli;

import com.portdrill.deck.Deck;
import com.portdrill.store.DeckFileException;
import com.portdrill.store.DeckFiles;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A deck read on a thread of its own while the command opens the progress store: reading and parsing the deck
 * (about 30 ms cold, most of it Jackson's first use) and settling the time zone and the store (about 20 ms) are
 * the two halves of the wait for the first question, and the machines this runs on have two cores. What the
 * user sees does not change: a failure to read the deck is raised only where the command asks for the deck,
 * after the store's own failures and warnings.
 */
final class DeckLoad {
    private final FutureTask<Deck> task;

    private DeckLoad(FutureTask<Deck> task) {
        this.task = task;
    }

    /** Starts reading the named deck from {@code dir}; a name that cannot be a deck's is a usage error, at once. */
    static DeckLoad start(Path dir, String name) {
        requireDeckName(name);
        FutureTask<Deck> task = new FutureTask<>(() -> DeckFiles.load(dir, name));
        Thread reader = new Thread(task, "portdrill-deck");
        reader.setDaemon(true);
        reader.start();
        return new DeckLoad(task);
    }

    /** A {@code --deck} value that is a path or otherwise not a deck's name ends the command with exit code 2. */
    static void requireDeckName(String name) {
        try {
            DeckFiles.pathOf(Path.of(""), name);
        } catch (DeckFileException e) {
            throw UserError.usage(e.getMessage());
        }
    }

    /** The deck, once read; a deck that cannot be read is the command's one-line failure, as when read in line. */
    Deck get() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof DeckFileException) {
                throw UserError.failure(cause.getMessage());
            }
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
