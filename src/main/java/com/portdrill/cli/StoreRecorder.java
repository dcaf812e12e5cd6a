package com.portdrill.cli;

import com.portdrill.journal.JournalLine;
import com.portdrill.session.AnswerRecorder;
import com.portdrill.store.ProgressStore;
import com.portdrill.store.SaveResult;

/** Sessions record their answers in the progress store: appended and forced before the feedback. */
final class StoreRecorder implements AnswerRecorder {
    private final ProgressStore store;

    StoreRecorder(ProgressStore store) {
        this.store = store;
    }

    @Override
    public Recorded record(JournalLine review) {
        SaveResult result = store.append(review);
        if (result instanceof SaveResult.Pending pending) {
            return new Recorded.Pending(pending.message());
        }
        return new Recorded.Saved();
    }
}
