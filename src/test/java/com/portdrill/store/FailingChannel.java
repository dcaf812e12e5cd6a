package com.portdrill.store;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * The real journal channel, made to fail on demand the way a full disk does: part of a write lands, then the
 * write throws; or the write lands and the force throws.
 */
final class FailingChannel implements JournalChannel {
    /** What the next operations do; shared by every channel the store opens. */
    static final class Plan {
        int failWritesAfterBytes = -1;
        boolean failForce;
    }

    private final JournalChannel real;
    private final Plan plan;

    private FailingChannel(JournalChannel real, Plan plan) {
        this.real = real;
        this.plan = plan;
    }

    static JournalChannel.Opener opener(Plan plan) {
        return path -> new FailingChannel(FileJournalChannel.open(path), plan);
    }

    @Override
    public void append(ByteBuffer bytes) throws IOException {
        if (plan.failWritesAfterBytes >= 0) {
            int n = Math.min(plan.failWritesAfterBytes, bytes.remaining());
            ByteBuffer part = bytes.slice().limit(n);
            real.append(part);
            throw new IOException("No space left on device");
        }
        real.append(bytes);
    }

    @Override
    public void force() throws IOException {
        if (plan.failForce) {
            throw new IOException("Input/output error");
        }
        real.force();
    }

    @Override
    public byte[] readFrom(long offset, int max) throws IOException {
        return real.readFrom(offset, max);
    }

    @Override
    public void close() throws IOException {
        real.close();
    }
}
