package com.portdrill.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the journal whole: every good line into a {@link ReviewLog}, every damaged one noted with its bytes. */
final class JournalFile {
    /** Far beyond a lifetime of study (about 120 bytes a review); refusing beats running out of memory. */
    static final long MAX_BYTES = 1L << 30;

    private JournalFile() {
    }

    /** A line that could not be trusted: {@code number} counts from 1. */
    record Rejected(int number, int offset, int length, String reason) {
    }

    /**
     * @param bytes         the file as read, kept only while damaged lines must be set aside
     * @param endsMidLine   the file does not end with a newline, so the next append must start one
     */
    record Loaded(ReviewLog log, List<Rejected> rejected, byte[] bytes, boolean endsMidLine) {
    }

    static Loaded load(Path file, JournalCodec codec, String shownName) throws IOException {
        byte[] b;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new StoreException(shownName + " is " + (size >> 20) + " MB, more than portdrill reads ("
                        + (MAX_BYTES >> 20) + " MB); move it aside and start afresh, nothing was changed");
            }
            b = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Loaded(new ReviewLog(), List.of(), new byte[0], false);
        }
        ReviewLog log = new ReviewLog();
        List<Rejected> rejected = new ArrayList<>();
        int line = 0;
        int start = 0;
        while (start < b.length) {
            int end = start;
            while (end < b.length && b[end] != '\n') {
                end++;
            }
            line++;
            int len = end - start;
            if (len > 0 && !(len == 1 && b[start] == '\r')) {
                int schema = JournalCodec.declaredSchema(b, start, len);
                if (schema > JournalCodec.SCHEMA) {
                    throw new StoreException(shownName + " line " + line + " was written by a newer portdrill (schema "
                            + schema + "; this one reads " + JournalCodec.SCHEMA
                            + "): update portdrill; nothing was changed");
                }
                String reason = codec.decode(b, start, len, log);
                if (reason != null) {
                    rejected.add(new Rejected(line, start, len, end == b.length ? reason + " at the end" : reason));
                }
            }
            start = end + 1;
        }
        boolean midLine = b.length > 0 && b[b.length - 1] != '\n';
        return new Loaded(log, rejected, rejected.isEmpty() ? null : b, midLine);
    }
}
