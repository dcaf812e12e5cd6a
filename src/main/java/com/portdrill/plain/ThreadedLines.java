package com.portdrill.plain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Lines of a stream read on their own thread into a queue, which {@link #poll} waits on with a timeout. */
final class ThreadedLines implements LineSource {
    private static final Read END = new Read.End();

    private final BlockingQueue<Read> lines = new LinkedBlockingQueue<>();
    private boolean ended;

    private ThreadedLines() {
    }

    static ThreadedLines start(InputStream in) {
        ThreadedLines source = new ThreadedLines();
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

    @Override
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
