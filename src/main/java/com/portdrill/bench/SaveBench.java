package com.portdrill.bench;

import com.portdrill.deck.Outcome;
import com.portdrill.journal.JournalLine;
import com.portdrill.journal.StudyMode;
import com.portdrill.srs.CardState;
import com.portdrill.srs.Rating;
import com.portdrill.srs.State;
import com.portdrill.store.HistoryFiles;
import com.portdrill.store.ProgressStore;
import com.portdrill.store.CardStateFold;
import com.portdrill.store.SaveResult;
import com.portdrill.store.StoreException;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * {@code portdrill bench save}: the answer path against a bare append-and-force of the same bytes on the same disk,
 * taken in turns, and the time to open ten years of daily study, made on the real files in a folder of their own.
 */
public final class SaveBench {
    private static final int CARDS = 1_500;
    private static final int PER_DAY = 200;
    private static final Instant START = Instant.parse("2016-01-04T08:00:00Z");
    /** Reps and last review per card: with the snapshot current, opening folds no review at all. */
    private static final CardStateFold REPS = new CardStateFold() {
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

    private SaveBench() {
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

    /**
     * Measures {@code answers} saves each way and opening {@code reviews} answers, in a folder made in {@code dir}
     * (null: the system's temporary folder) and removed after, and prints the figures.
     */
    public static void run(int answers, int reviews, Path dir, Clock clock, PrintWriter out) throws IOException {
        try (WorkDir work = WorkDir.create(dir, "portdrill-bench-", WorkDir.PASS_DIR)) {
            Save save = measureSave(work.resolve("save"), answers, clock);
            out.println(String.format(Locale.ROOT, "answer save: median %.3f ms p99 %.3f ms (n=%d)",
                    save.store().median(), save.store().p99(), save.store().n()));
            out.println(String.format(Locale.ROOT, "bare append+force: median %.3f ms p99 %.3f ms (n=%d)",
                    save.bare().median(), save.bare().p99(), save.bare().n()));
            out.println(String.format(Locale.ROOT, "save/bare ratio: median %.2f p99 %.2f",
                    save.store().median() / save.bare().median(), save.store().p99() / save.bare().p99()));
            out.flush();
            Opens open = measureOpen(work.path(), reviews, clock);
            out.println(String.format(Locale.ROOT, "open progress: %d reviews in %.0f ms",
                    open.cached().reviews(), open.cached().ms()));
            out.println(String.format(Locale.ROOT,
                    "open progress without snapshot and review cache: %d reviews in %.0f ms (journal %.1f MB)",
                    open.rebuilt().reviews(), open.rebuilt().ms(), open.rebuilt().journalBytes() / 1e6));
        }
        out.flush();
    }

    /** Saves {@code n} answers (after a few unmeasured) both ways in {@code dir}, alternating which goes first. */
    public static Save measureSave(Path dir, int n, Clock clock) throws IOException {
        int warmup = Math.max(10, n / 10);
        double[] store = new double[n];
        double[] bare = new double[n];
        Files.createDirectories(dir);
        try (ProgressStore progress = ProgressStore.open(dir.resolve("progress"), clock).store();
             FileChannel ch = FileChannel.open(dir.resolve("bare.jsonl"), StandardOpenOption.CREATE,
                     StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            SplittableRandom random = new SplittableRandom(1);
            for (int i = 0; i < warmup + n; i++) {
                JournalLine r = answer(random, i);
                byte[] same = HistoryFiles.line(r);
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
        SplittableRandom random = new SplittableRandom(2);
        long bytes = HistoryFiles.write(progress, reviews, i -> answer(random, i), Math.max(0, reviews - 1_999), REPS);
        Open cached = timeOpen(progress, clock, bytes);
        HistoryFiles.dropCaches(progress);
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
    private static JournalLine answer(SplittableRandom random, int i) {
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
