package com.portdrill.plain;

import java.io.InputStream;
import java.time.Duration;
import java.util.Objects;

/**
 * Lines of input as plain mode reads them: one at a time, or within a time, so that a timed quiz can end while a
 * line is still being typed ({@link #poll} gives up, and the half-typed line is simply never used). An interface, so
 * that a test can hand lines in at the instants of a fake clock and time a quiz exactly and at once.
 */
public interface LineSource {
    /** What a read gave: a line, the end of input, or nothing before the time ran out. */
    sealed interface Read permits Read.Line, Read.End, Read.Timeout {
        record Line(String text) implements Read {
            public Line {
                Objects.requireNonNull(text, "text");
            }
        }

        record End() implements Read {
        }

        record Timeout() implements Read {
        }
    }

    /** Reads {@code in} as UTF-8 on a daemon thread of its own, which ends at the end of input. */
    static LineSource of(InputStream in) {
        return ThreadedLines.start(in);
    }

    /** The next line, waiting as long as it takes; {@link Read.End} at the end of input. */
    default Read next() {
        return poll(null);
    }

    /**
     * The next line, or {@link Read.Timeout} when none came within {@code wait} (null waits for ever); after
     * {@link Read.End}, always {@link Read.End}.
     */
    Read poll(Duration wait);
}
