package com.portdrill.tui;

import com.portdrill.journal.JournalLine;
import com.portdrill.session.QuizResult;

import java.util.Objects;

/** Effects as values: what a screen asks for; the driver runs them and answers with a {@link Msg}. */
public sealed interface Cmd permits Cmd.RecordAnswer, Cmd.Open, Cmd.Push, Cmd.Back, Cmd.ApplySettings, Cmd.KeepQuizResult,
        Cmd.CountWaiting, Cmd.Exit, Cmd.Interrupt {

    /** Make the answer durable; the driver answers {@link Msg.Saved} or {@link Msg.SaveFailed}. */
    record RecordAnswer(JournalLine review) implements Cmd {
        public RecordAnswer {
            Objects.requireNonNull(review, "review");
        }
    }

    /** Build a screen that needs files; the driver answers {@link Msg.Opened} or {@link Msg.Notice}. */
    record Open(Destination destination) implements Cmd {
        public Open {
            Objects.requireNonNull(destination, "destination");
        }
    }

    /** Show a screen that needs nothing from outside on top of this one. */
    record Push(Screen screen) implements Cmd {
        public Push {
            Objects.requireNonNull(screen, "screen");
        }
    }

    /** Close this screen and go back to the one below (leaving when there is none). */
    record Back() implements Cmd {
    }

    /** Use these settings from now on and keep them. */
    record ApplySettings(Settings settings) implements Cmd {
        public ApplySettings {
            Objects.requireNonNull(settings, "settings");
        }
    }

    /** Keep a finished quiz for personal bests; the driver answers {@link Msg.Notice} when it cannot. */
    record KeepQuizResult(QuizResult result) implements Cmd {
        public KeepQuizResult {
            Objects.requireNonNull(result, "result");
        }
    }

    /** Count what waits for the menu ({@link Msg.Waiting}): on the way back to it, and when its deck changes. */
    record CountWaiting() implements Cmd {
    }

    /** Leave at once, as Ctrl-C asks: every answer is already kept, and the process exits 130 as shells expect. */
    record Interrupt() implements Cmd {
    }

    /** Leave the interface. */
    record Exit() implements Cmd {
    }
}
