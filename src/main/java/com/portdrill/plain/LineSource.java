package com.portdrill.plain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Lines of input, read on their own thread so that a timed quiz can end while a line is still being typed:
 * {@link #poll} gives up at a deadline, and the half-typed line is simply never used.
 */
public final class LineSource {
    /** What a read gave: a line, the end of input, or nothing before the time ran out. */
    public sealed interface Read permits Read.Line, Read.End, Read.Timeout {
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

    private static final Read END = new Read.End();

    private final BlockingQueue<Read> lines = new LinkedBlockingQueue<>();
    private boolean ended;

    private LineSource() {
    }

    /** Starts reading {@code in} as UTF-8 on a daemon thread, which ends at the end of input. */
    public static LineSource of(InputStream in) {
        LineSource source = new LineSource();
        Thread reader = new Thread(() -> source.pump(in), "portdrill-input");
        reader.setDaemon(true);
        reader.start();
        return source;
    }

    private void pump(InputStream in) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lines.add(new Read.Line(line));
            }
        } catch (IOException e) {
            // An input that fails to read has ended, as far as a session can tell.
        } finally {
            lines.add(END);
        }
    }

    /** The next line, waiting as long as it takes; {@link Read.End} at the end of input. */
    public Read next() {
        return poll(null);
    }

    /** The next line, or {@link Read.Timeout} when none came within {@code wait} (null waits for ever). */
    public Read poll(Duration wait) {
        if (ended) {
            return END;
        }
        Read read;
        try {
            read = wait == null ? lines.take() : lines.poll(Math.max(0, wait.toNanos()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            read = END;
        }
        if (read == null) {
            return new Read.Timeout();
        }
        ended = read instanceof Read.End;
        return read;
    }
}
