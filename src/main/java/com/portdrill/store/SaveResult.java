package com.portdrill.store;

/** What became of an answer handed to the store. */
public sealed interface SaveResult permits SaveResult.Saved, SaveResult.Pending {

    /** Every answer so far is in the journal and forced to disk: feedback may be shown. */
    record Saved() implements SaveResult {
    }

    /**
     * The write failed: {@code count} answers (this one included) are kept in memory and retried on the next
     * answer or {@link ProgressStore#retryPending()}. {@code message} is one line for the user.
     */
    record Pending(int count, String message) implements SaveResult {
    }

    default boolean durable() {
        return this instanceof Saved;
    }
}
