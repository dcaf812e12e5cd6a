package com.portdrill.launch;

import com.portdrill.i18n.Message;

/** Why there is nothing to start, each with the catalogue's line that says so. */
public enum Reason {
    /** No card is due and the day's new cards are done (names the deck). */
    NOTHING_DUE(Message.STUDY_NOTHING),
    /** No card's latest answer was wrong or close. */
    NOTHING_MISSED(Message.REVIEW_NOTHING),
    /** The deck holds no card a drill asks (names the deck). */
    NOTHING_TO_DRILL(Message.DRILL_NOTHING);

    private final Message message;

    Reason(Message message) {
        this.message = message;
    }

    Message message() {
        return message;
    }
}
