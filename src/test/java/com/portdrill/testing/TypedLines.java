package com.portdrill.testing;

import com.portdrill.plain.LineSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Input typed at set instants of a {@link FakeClock}: a read that would wait moves the clock on instead, to the
 * next line's instant or by the whole wait, so a timed session runs exactly and at once. Input left open with no
 * line to come times out every wait; waiting for ever on it is a test's mistake and fails at once.
 */
public final class TypedLines implements LineSource {
    private record Typed(Instant at, Read read) {
    }

    private final FakeClock clock;
    private final Instant start;
    private final Deque<Typed> typed = new ArrayDeque<>();
    private boolean ended;

    /** Nothing typed yet, timed from the clock's present instant. */
    public TypedLines(FakeClock clock) {
        this.clock = clock;
        this.start = clock.instant();
    }

    /** {@code line} arrives {@code afterStart} after this input was made (after the line before it at the least). */
    public TypedLines line(Duration afterStart, String line) {
        return add(afterStart, new Read.Line(line));
    }

    /** The input ends {@code afterStart} after it was made. */
    public TypedLines end(Duration afterStart) {
        return add(afterStart, new Read.End());
    }

    private TypedLines add(Duration afterStart, Read read) {
        Instant at = start.plus(afterStart);
        if (!typed.isEmpty() && at.isBefore(typed.peekLast().at())) {
            throw new IllegalArgumentException("lines are typed in order: " + afterStart);
        }
        typed.addLast(new Typed(at, read));
        return this;
    }

    @Override
    public Read poll(Duration wait) {
        if (ended) {
            return new Read.End();
        }
        Typed next = typed.peekFirst();
        if (next != null && (wait == null || !next.at().isAfter(clock.instant().plus(wait)))) {
            typed.removeFirst();
            clock.advanceTo(next.at());
            ended = next.read() instanceof Read.End;
            return next.read();
        }
        if (wait == null) {
            throw new IllegalStateException("a read waits for ever on input left open with no line to come");
        }
        clock.advance(wait.isNegative() ? Duration.ZERO : wait);
        return new Read.Timeout();
    }
}
