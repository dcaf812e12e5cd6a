package com.portdrill.store;

import com.portdrill.deck.Outcome;
import com.portdrill.journal.JournalLine;
import com.portdrill.journal.StudyMode;
import com.portdrill.srs.CardState;
import com.portdrill.srs.Rating;
import com.portdrill.srs.State;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.CRC32;

/** The measurements behind {@code portdrill bench save}, made on the real files in a folder of their own. */
public final class StoreBenchmark {
    private static final int CARDS = 1_500;
    private static final int PER_DAY = 200;
    private static final Instant START = Instant.parse("2016-01-04T08:00:00Z");
    /** Reps and last review per card: with the snapshot current, opening folds no review at all. */
    private static final ReviewFold REPS = new ReviewFold() {
        @Override
        public CardState next(CardState before, JournalLine r) {
            return new CardState(r.at().plus(Duration.ofDays(1)), 1, 5, 0, 1, 0, before.reps() + 1, before.lapses(),
                    State.REVIEW, r.at());
        }

        @Override
        public String id() {
            return "bench-reps";
        }
    };

    private StoreBenchmark() {
    }

    /** Milliseconds per operation, sorted. */
    public record Timings(double[] sortedMs) {
        public double median() {
            return sortedMs[sortedMs.length / 2];
        }

        public double p99() {
            return sortedMs[Math.min(sortedMs.length - 1, (int) Math.ceil(sortedMs.length * 0.99) - 1)];
        }

        public int n() {
            return sortedMs.length;
        }
    }

    /** The answer path through the store, and a bare append-and-force of the same bytes, taken in turns. */
    public record Save(Timings store, Timings bare) {
    }

    public record Open(int reviews, long journalBytes, double ms) {
    }

    /** Opening with the snapshot and review cache a session leaves, and without them, as after they are lost. */
    public record Opens(Open cached, Open rebuilt) {
    }

    /** Saves {@code n} answers (after a few unmeasured) both ways in {@code dir}, alternating which goes first. */
    public static Save measureSave(Path dir, int n, Clock clock) throws IOException {
        int warmup = Math.max(10, n / 10);
        double[] store = new double[n];
        double[] bare = new double[n];
        JournalCodec codec = new JournalCodec();
        Files.createDirectories(dir);
        try (ProgressStore progress = ProgressStore.open(dir.resolve("progress"), clock).store();
             FileChannel ch = FileChannel.open(dir.resolve("bare.jsonl"), StandardOpenOption.CREATE,
                     StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            SplittableRandom random = new SplittableRandom(1);
            for (int i = 0; i < warmup + n; i++) {
                JournalLine r = review(random, i);
                byte[] same = codec.encode(r).bytes();
                double s;
                double b;
                if (i % 2 == 0) {
                    s = timeSave(progress, r);
                    b = timeBare(ch, same);
                } else {
                    b = timeBare(ch, same);
                    s = timeSave(progress, r);
                }
                if (i >= warmup) {
                    store[i - warmup] = s;
                    bare[i - warmup] = b;
                }
            }
        }
        Arrays.sort(store);
        Arrays.sort(bare);
        return new Save(new Timings(store), new Timings(bare));
    }

    private static double timeSave(ProgressStore store, JournalLine r) {
        long t0 = System.nanoTime();
        SaveResult result = store.append(r);
        long t1 = System.nanoTime();
        if (result instanceof SaveResult.Pending p) {
            throw new StoreException(p.message());
        }
        return (t1 - t0) / 1e6;
    }

    private static double timeBare(FileChannel ch, byte[] line) throws IOException {
        long t0 = System.nanoTime();
        ByteBuffer buf = ByteBuffer.wrap(line);
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
        ch.force(false);
        return (System.nanoTime() - t0) / 1e6;
    }

    /**
     * Writes ten years of daily study ({@code reviews} answers, 200 a day over 1,500 cards) with its snapshot
     * and review cache as a session's close leaves them, the worst case: the last 1,999 answers after both, then
     * times opening it cold: every answer loaded and every card's state ready. Then times the same open without
     * snapshot and cache, as after they are lost.
     */
    public static Opens measureOpen(Path dir, int reviews, Clock clock) throws IOException {
        Path progress = dir.resolve("open");
        Files.createDirectories(progress);
        int cachedUpTo = Math.max(0, reviews - 1_999);
        JournalCodec codec = new JournalCodec();
        Map<String, CardState> states = new HashMap<>();
        ReviewLog log = new ReviewLog();
        CRC32 crc = new CRC32();
        long cachedBytes = 0;
        int lastCrc = 0;
        SplittableRandom random = new SplittableRandom(2);
        try (OutputStream out = new BufferedOutputStream(
                Files.newOutputStream(progress.resolve(ProgressStore.JOURNAL)), 1 << 16)) {
            for (int i = 0; i < reviews; i++) {
                if (i == cachedUpTo) {
                    AtomicFile.write(progress.resolve(Snapshot.FILE),
                            new Snapshot(REPS.id(), i, lastCrc, states).encode());
                    out.flush();
                    ReviewCache.write(progress, log, cachedBytes, (int) crc.getValue());
                }
                JournalLine r = review(random, i);
                JournalCodec.Encoded line = codec.encode(r);
                out.write(line.bytes());
                crc.update(line.bytes());
                cachedBytes += line.bytes().length;
                lastCrc = line.crc();
                log.add(r, line.crc());
                CardState before = states.get(r.cardId());
                states.put(r.cardId(), REPS.next(before != null ? before : CardState.newCard(r.at()), r));
            }
        }
        long bytes = Files.size(progress.resolve(ProgressStore.JOURNAL));
        Open cached = timeOpen(progress, clock, bytes);
        Files.delete(progress.resolve(Snapshot.FILE));
        Files.delete(progress.resolve(ReviewCache.FILE));
        Open rebuilt = timeOpen(progress, clock, bytes);
        return new Opens(cached, rebuilt);
    }

    private static Open timeOpen(Path progress, Clock clock, long bytes) {
        long t0 = System.nanoTime();
        int loaded;
        // Read-only, so that closing does not rewrite the caches: only the open is timed.
        try (ProgressStore store = ProgressStore.openReadOnly(progress, clock).store()) {
            store.cardStates(REPS);
            loaded = store.reviewCount();
        }
        return new Open(loaded, bytes, (System.nanoTime() - t0) / 1e6);
    }

    /** The {@code i}-th answer of a learner who studies {@value #PER_DAY} cards a day. */
    private static JournalLine review(SplittableRandom random, int i) {
        int card = random.nextInt(CARDS);
        Instant at = START.plus(Duration.ofDays(i / PER_DAY)).plusSeconds(9L * (i % PER_DAY));
        int roll = random.nextInt(100);
        Rating rating = roll < 10 ? Rating.AGAIN : roll < 20 ? Rating.HARD : roll < 90 ? Rating.GOOD : Rating.EASY;
        Outcome outcome = rating == Rating.AGAIN ? Outcome.WRONG : Outcome.CORRECT;
        String answer = card % 2 == 0 ? Integer.toString(card) : "service-" + card;
        return new JournalLine("p" + card + "-" + (card % 2 == 0 ? "service-port" : "port-service"), at, rating,
                outcome, answer, 1_000 + random.nextInt(9_000), StudyMode.values()[i % StudyMode.values().length]);
    }
}
