package com.portdrill.tui.term;

import com.portdrill.background.Background;
import org.jline.terminal.Terminal;

import java.io.IOException;
import java.util.Optional;

/**
 * Finds out whether the full screen can run here and, when it can, opens the terminal, on a thread of its own
 * while the command loads what its first screen shows: loading JLine's native library, running {@code infocmp}
 * and setting up the terminal take about 50 ms, a good part of it waiting on files and another process. Nothing
 * is drawn and no mode is changed until
 * {@link TerminalUi#run(EarlyTerminal, com.portdrill.tui.Screen, com.portdrill.tui.Settings,
 * com.portdrill.tui.Services)} takes the terminal; one not taken is closed by {@link #close}.
 */
public final class EarlyTerminal implements AutoCloseable {
    /** What the thread found: why not (then no terminal), or the terminal, or why it would not open. */
    private record Found(Optional<String> unavailable, Terminal terminal, IOException failure) {
    }

    private final Background<Found> task;
    private boolean taken;

    private EarlyTerminal(Background<Found> task) {
        this.task = task;
    }

    /** Starts finding out and opening. */
    public static EarlyTerminal start() {
        return new EarlyTerminal(Background.start("portdrill-terminal", EarlyTerminal::find));
    }

    private static Found find() {
        Optional<String> unavailable = Terminals.unavailable();
        if (unavailable.isPresent()) {
            return new Found(unavailable, null, null);
        }
        try {
            return new Found(unavailable, Terminals.open(), null);
        } catch (IOException e) {
            return new Found(unavailable, null, e);
        }
    }

    /** As {@link TerminalUi#unavailable()}: why the full screen cannot run here, or empty when it can. */
    public Optional<String> unavailable() {
        return found().unavailable();
    }

    /** The terminal, now owned by the caller; the failure to open it as {@link Terminals#open()} would throw it. */
    Terminal take() throws IOException {
        Found f = found();
        if (f.failure() != null) {
            throw f.failure();
        }
        if (f.terminal() == null || taken) {
            throw new IllegalStateException("no terminal to take: the full screen is unavailable here or running");
        }
        taken = true;
        return f.terminal();
    }

    private Found found() {
        return task.get();
    }

    /** Closes the terminal if it was opened and never taken (the command ended before its screen). */
    @Override
    public void close() {
        if (taken) {
            return;
        }
        Terminal t = found().terminal();
        taken = true;
        if (t != null) {
            try {
                t.close();
            } catch (IOException e) {
                // Nothing was drawn on it nor any mode changed: there is nothing to restore.
            }
        }
    }
}
