package com.portdrill.store;

/**
 * A progress file cannot be used as asked. The message is one line for the user: what is wrong, with which
 * file, and what to do. Nothing on disk was changed by the operation that threw it.
 */
public final class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message, null, false, false);
    }
}
