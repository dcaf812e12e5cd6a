package com.portdrill.session;

import com.portdrill.journal.JournalLine;

import java.util.Objects;

/**
 * Where answers go: the shell implements it over the progress store. Feedback for an answer is shown only
 * after {@link #record} returns.
 */
@FunctionalInterface
public interface AnswerRecorder {

    /** Makes {@code review} durable, or keeps it pending and says why; never throws for a failed write. */
    Recorded record(JournalLine review);

    /** What became of a recorded answer. */
    sealed interface Recorded permits Recorded.Saved, Recorded.Pending {
        /** On disk, forced, with every earlier answer. */
        record Saved() implements Recorded {
        }

        /** Kept in memory and retried with the next answer; {@code message} is one line for the user. */
        record Pending(String message) implements Recorded {
            public Pending {
                Objects.requireNonNull(message, "message");
            }
        }
    }
}
