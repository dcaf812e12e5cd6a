package com.portdrill.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until a test (or {@link TypedLines}) moves it on; never backwards. */
public final class FakeClock extends Clock {
    private final ZoneId zone;
    private Instant now;

    public FakeClock(Instant start) {
        this(start, ZoneOffset.UTC);
    }

    private FakeClock(Instant start, ZoneId zone) {
        this.now = start;
        this.zone = zone;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return new FakeClock(now, other);
    }

    public void advance(Duration by) {
        if (by.isNegative()) {
            throw new IllegalArgumentException("a fake clock does not go back: " + by);
        }
        now = now.plus(by);
    }

    /** Moves the clock on to {@code t}, or leaves it where it is when {@code t} has passed. */
    public void advanceTo(Instant t) {
        if (t.isAfter(now)) {
            now = t;
        }
    }
}
