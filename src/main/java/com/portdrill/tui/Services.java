package com.portdrill.tui;

import com.portdrill.journal.JournalLine;
import com.portdrill.session.QuizResult;

import java.time.Clock;
import java.util.Optional;

/**
 * What the terminal driver asks of the rest of the program when a screen emits a command: the only door
 * from the interface to files. The command line implements it; tests pass their own.
 */
public interface Services {
    /** Builds the screen for a destination: {@link Msg.Opened}, or {@link Msg.Notice} saying why not. */
    Msg open(Destination destination, Settings current);

    /** What waits for the menu with these settings: {@link Msg.Waiting}, or a {@link Msg.Notice} saying why not. */
    Msg waiting(Settings current);

    /** Makes an answer durable: {@link Msg.Saved} once it is on disk, else {@link Msg.SaveFailed}. */
    Msg record(JournalLine review);

    /** Keeps a finished quiz for personal bests; a one-line reason when it could not be kept. */
    Optional<String> keep(QuizResult result);

    /** Keeps the settings for the next run; a one-line reason when they last only for this one. */
    Optional<String> keep(Settings settings);

    /** The clock the ticks read. */
    Clock clock();
}
