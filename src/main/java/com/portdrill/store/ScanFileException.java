package com.portdrill.store;

import java.io.IOException;

/** A scan input that cannot be read; the message is one line that says what is wrong and what to do. */
public final class ScanFileException extends IOException {
    private static final long serialVersionUID = 1L;

    public ScanFileException(String message) {
        super(message);
    }
}
