package com.portdrill.deck;

import com.portdrill.i18n.Message;

/** How an answer was judged. Its {@link #verdict()} heads the feedback, in plain mode and the full screen alike. */
public enum Outcome {
    CORRECT(Message.VERDICT_CORRECT),
    CLOSE(Message.VERDICT_CLOSE),
    WRONG(Message.VERDICT_WRONG);

    private final Message verdict;

    Outcome(Message verdict) {
        this.verdict = verdict;
    }

    public Message verdict() {
        return verdict;
    }
}
