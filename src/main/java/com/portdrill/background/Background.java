package com.portdrill.background;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work started on a daemon thread of its own while the caller does the other half of a wait (the machines this
 * runs on have two cores), and its result taken where the caller needs it. A failure surfaces there, as if the
 * work had run in line: an unchecked exception or error is rethrown as it is, so work that can fail in a way the
 * user acts on throws its one-line exception itself.
 *
 * @param <T> what the work returns
 */
public final class Background<T> {
    private final FutureTask<T> task;

    private Background(FutureTask<T> task) {
        this.task = task;
    }

    /** Starts {@code work} on a daemon thread named {@code threadName}, so that it never keeps the JVM alive. */
    public static <T> Background<T> start(String threadName, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, threadName);
        thread.setDaemon(true);
        thread.start();
        return new Background<>(task);
    }

    /**
     * The result, waiting for it if need be. An interrupt does not abandon the wait (the work is the caller's next
     * step) but is kept for the caller to see; a checked exception from the work, which it should have turned into
     * an unchecked one, becomes an {@link IllegalStateException}.
     */
    public T get() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
