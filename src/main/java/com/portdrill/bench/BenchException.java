package com.portdrill.bench;

/** A benchmark that cannot go on, with the one line that says why and what to do; the command line prints it. */
public final class BenchException extends RuntimeException {
    public BenchException(String message) {
        super(message);
    }
}
