package com.portdrill.store;

import java.io.IOException;

/** A deck file that cannot be read or written; the message is one line that says what to do. */
public final class DeckFileException extends IOException {
    private static final long serialVersionUID = 1L;

    public DeckFileException(String message) {
        super(message);
    }
}
