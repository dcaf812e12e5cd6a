package com.portdrill.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/** Where journal lines go: a file opened for appending, or in tests a channel that fails on demand. */
interface JournalChannel extends Closeable {
    /** Writes all of {@code bytes} at the end of the journal, or throws having written any part of it. */
    void append(ByteBuffer bytes) throws IOException;

    /** Returns once everything appended is on the disk. */
    void force() throws IOException;

    /**
     * What the journal holds from {@code offset} on, at most {@code max} bytes: after a failed write, this shows
     * which lines of it reached the file.
     */
    byte[] readFrom(long offset, int max) throws IOException;

    @FunctionalInterface
    interface Opener {
        JournalChannel open(Path journal) throws IOException;
    }
}
