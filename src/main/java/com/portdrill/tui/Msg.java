package com.portdrill.tui;

import java.time.Instant;
import java.util.Objects;

/** What happens to the interface: keys, clock ticks, resizes, and the results of commands. */
public sealed interface Msg permits Msg.Press, Msg.Tick, Msg.Resized, Msg.Saved, Msg.SaveFailed, Msg.Opened,
        Msg.Notice, Msg.Interrupted, Msg.Waiting {

    /** A key; {@code text} is the character typed for {@link Key#CHAR}, empty otherwise. */
    record Press(Key key, String text) implements Msg {
        public Press {
            Objects.requireNonNull(key, "key");
            text = text == null ? "" : text;
        }

        public static Press of(Key key) {
            return new Press(key, "");
        }

        public static Press text(String text) {
            return new Press(Key.CHAR, text);
        }

        /** Whether this is the printable character {@code c}. */
        public boolean is(String c) {
            return key == Key.CHAR && text.equals(c);
        }
    }

    /** The clock, a few times a second and before a key when time has passed. */
    record Tick(Instant now) implements Msg {
        public Tick {
            Objects.requireNonNull(now, "now");
        }
    }

    record Resized(int cols, int rows) implements Msg {
    }

    /** The answer asked for by {@link Cmd.RecordAnswer} is on disk. */
    record Saved() implements Msg {
    }

    /** The answer could not be written yet; it is kept in memory and retried. */
    record SaveFailed(String message) implements Msg {
    }

    /** A screen the driver built for {@link Cmd.Open}. */
    record Opened(Screen screen) implements Msg {
        public Opened {
            Objects.requireNonNull(screen, "screen");
        }
    }

    /** One line for the bottom of the window: why a screen could not be opened, a setting not kept. */
    record Notice(String message) implements Msg {
    }

    /**
     * What waits in the menu's deck and across the decks: the cards due now and the new cards today's session would
     * bring (beside Study), and the missed cards (beside Review).
     */
    record Waiting(int due, int fresh, int missed) implements Msg {
    }

    /** Ctrl-C, SIGINT: leave now. */
    record Interrupted() implements Msg {
    }
}
