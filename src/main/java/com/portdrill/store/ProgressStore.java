package com.portdrill.store;

import com.portdrill.journal.JournalLine;
import com.portdrill.srs.CardState;
import com.portdrill.text.Sanitize;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * A learner's progress in one folder. The journal ({@value #JOURNAL}) is the truth: one checksummed line per
 * answer, forced to disk before {@link #append} returns. Card states are a cache ({@value Snapshot#FILE}) that
 * is rebuilt from the journal whenever it is missing, damaged or stale. Used from one thread.
 */
public final class ProgressStore implements AutoCloseable {
    public static final String JOURNAL = "journal.jsonl";
    private static final long MAX_SNAPSHOT_BYTES = 256L << 20;
    private static final int MAX_TAIL_SLACK = 64 * 1024;
    private static final byte[] NEWLINE = {'\n'};
    /** Below this many uncached reviews, parsing them on open costs less than rewriting the cache on close. */
    private static final int CACHE_AFTER = 2_000;

    /** A store just opened, and one line per thing the user should know about what was found. */
    public record Opened(ProgressStore store, List<String> warnings) {
        public Opened {
            warnings = List.copyOf(warnings);
        }
    }

    private final Path dir;
    private final Path journal;
    private final boolean readOnly;
    private final JournalChannel.Opener opener;
    private final JournalCodec codec;
    private final JournalColumns log;
    private final List<JournalCodec.Encoded> pending = new ArrayList<>();
    private DirLock lock;
    private JournalChannel channel;
    /** Length of the journal up to the last line known to be complete and forced. */
    private long durableBytes;
    /** The journal's last line has no newline yet, so the next write must start one. */
    private boolean endsMidLine;
    /** A write failed, so bytes past {@link #durableBytes} may be part of what is pending. */
    private boolean uncertainTail;
    private int lastDurableCrc;
    private Snapshot snapshot;
    private CardStateFold fold;
    private Map<String, CardState> states;
    private boolean closed;
    /** CRC-32 of the journal's first {@link #durableBytes} bytes, which a {@link ColumnsCache} is checked against. */
    private CRC32 journalCrc;
    /** Reviews the cache on disk holds; once enough answers come after them, closing rewrites the cache. */
    private int cachedReviews;
    private String lastFailure;

    private ProgressStore(Path dir, boolean readOnly, JournalChannel.Opener opener, JournalCodec codec,
                          JournalColumns log, DirLock lock) {
        this.dir = dir;
        this.journal = dir.resolve(JOURNAL);
        this.readOnly = readOnly;
        this.opener = opener;
        this.codec = codec;
        this.log = log;
        this.lock = lock;
    }

    /**
     * Opens {@code dir} (creating it) to study: takes its lock, loads every answer, sets damaged lines and a
     * damaged snapshot aside. {@code clock} names the files set aside.
     *
     * @throws StoreException when another running portdrill holds the folder, a file comes from a newer
     *                        portdrill, or the folder cannot be created; nothing was changed
     */
    public static Opened open(Path dir, Clock clock) {
        return open(dir, clock, false, FileJournalChannel::open);
    }

    /** Opens {@code dir} to read statistics: no lock is taken and nothing is written, even while another copy studies. */
    public static Opened openReadOnly(Path dir, Clock clock) {
        return open(dir, clock, true, FileJournalChannel::open);
    }

    static Opened open(Path dir, Clock clock, boolean readOnly, JournalChannel.Opener opener) {
        requireUsableFolder(dir);
        List<String> warnings = new ArrayList<>();
        DirLock lock = readOnly ? null : lock(dir, warnings);
        try {
            Opened opened = load(dir, clock, readOnly, opener, lock, warnings);
            lock = null; // the store owns it now
            return opened;
        } catch (IOException e) {
            throw new StoreException("cannot read " + shown(dir) + " (" + reason(e) + "); check its permissions");
        } finally {
            closeQuietly(lock);
        }
    }

    /**
     * A link to a folder is followed (progress kept in a synced folder, say). A link to nothing or a file where
     * the folder should be is refused in one line before anything is created: studying on would keep answers
     * somewhere the learner does not expect, or nowhere.
     */
    private static void requireUsableFolder(Path dir) {
        if (Files.isSymbolicLink(dir) && !Files.exists(dir)) {
            String target;
            try {
                target = shown(Files.readSymbolicLink(dir));
            } catch (IOException e) {
                target = "something unreadable";
            }
            throw new StoreException("the progress folder " + shown(dir) + " is a link to " + target
                    + ", which does not exist: restore it, or pass --data-dir with another folder");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new StoreException(shown(dir) + " is a file, not a progress folder: move it away, or pass --data-dir"
                    + " with a folder; nothing was changed");
        }
    }

    private static DirLock lock(Path dir, List<String> warnings) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create the progress folder " + shown(dir) + " (" + reason(e)
                    + "); check the path and its permissions, or pass --data-dir");
        }
        DirLock lock;
        try {
            lock = DirLock.tryAcquire(dir);
        } catch (IOException e) {
            warnings.add("cannot write in " + shown(dir) + " (" + reason(e)
                    + "): answers will be kept in memory and saved once it is writable");
            return null;
        }
        if (lock == null) {
            throw new StoreException("another portdrill is studying with " + shown(dir)
                    + " (it holds its lock): finish that one first; 'portdrill stats' works meanwhile");
        }
        return lock;
    }

    private static Opened load(Path dir, Clock clock, boolean readOnly, JournalChannel.Opener opener, DirLock lock,
                               List<String> warnings) throws IOException {
        Path snapshotFile = dir.resolve(Snapshot.FILE);
        Snapshot snapshot = null;
        String snapshotDamage = null;
        byte[] snapshotBytes = readSmall(snapshotFile);
        if (snapshotBytes != null) {
            try {
                snapshot = Snapshot.decode(snapshotBytes, shown(snapshotFile));
            } catch (Snapshot.Damaged e) {
                snapshotDamage = e.getMessage();
            }
        }
        JournalCodec codec = new JournalCodec();
        Path journal = dir.resolve(JOURNAL);
        if (Files.exists(journal) && !Files.isRegularFile(journal)) {
            // Answers appended to /dev/null or a pipe would be acknowledged and lost.
            throw new StoreException(shown(journal) + " is not a regular file (a device, pipe or folder): move it away"
                    + " and study again; nothing was changed");
        }
        JournalFile.Loaded loaded = JournalFile.load(journal, codec, shown(journal), ColumnsCache.read(dir));
        // Past this point nothing refuses the folder, so damaged files may be moved aside.
        boolean mayRepair = !readOnly && lock != null;
        if (snapshotDamage != null) {
            warnings.add(SetAside.snapshot(snapshotFile, snapshotDamage, clock, mayRepair));
        }
        ProgressStore store = new ProgressStore(dir, readOnly, opener, codec, loaded.log(), lock);
        store.durableBytes = loaded.length();
        store.endsMidLine = loaded.endsMidLine();
        store.journalCrc = loaded.crc();
        store.cachedReviews = loaded.cached();
        List<JournalFile.Rejected> rejected = loaded.rejected();
        if (readOnly && loaded.endsMidLine() && !rejected.isEmpty()
                && rejected.get(rejected.size() - 1).offset() + rejected.get(rejected.size() - 1).length()
                == loaded.bytes().length) {
            // Without the lock, an unfinished last line is most likely an answer another copy is writing now.
            rejected = rejected.subList(0, rejected.size() - 1);
        }
        if (!rejected.isEmpty()) {
            String aside = mayRepair ? SetAside.lines(journal, loaded, clock) : null;
            warnings.add(SetAside.linesWarning(journal, rejected, aside));
            if (aside != null) {
                byte[] kept = Files.readAllBytes(journal);
                store.durableBytes = kept.length;
                store.endsMidLine = false;
                store.journalCrc = new CRC32();
                store.journalCrc.update(kept);
            }
        }
        int n = loaded.log().size();
        store.lastDurableCrc = n == 0 ? 0 : loaded.log().crc(n - 1);
        if (snapshot != null && snapshot.reviews() <= n
                && (snapshot.reviews() == 0 || loaded.log().crc(snapshot.reviews() - 1) == snapshot.lastCrc())) {
            store.snapshot = snapshot;
        }
        return new Opened(store, warnings);
    }

    private static byte[] readSmall(Path file) throws IOException {
        try {
            if (Files.exists(file) && !Files.isRegularFile(file) || Files.size(file) > MAX_SNAPSHOT_BYTES) {
                return new byte[0]; // a device, a pipe, or far too big to be ours: treated as damaged
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        }
    }

    /**
     * Records an answer: it is in {@link #reviews()} at once and, when this returns {@link SaveResult.Saved}, on
     * disk with every earlier one. The time is kept to the millisecond.
     *
     * @throws IllegalStateException when the store was opened read-only or is closed
     */
    public SaveResult append(JournalLine review) {
        requireWritable();
        JournalLine stored = new JournalLine(review.cardId(), Instant.ofEpochMilli(review.at().toEpochMilli()),
                review.rating(), review.outcome(), review.answer(), review.durationMs(), review.mode(), review.kind());
        JournalCodec.Encoded line = codec.encode(stored);
        log.add(stored, line.crc());
        pending.add(line);
        if (states != null) {
            states.put(stored.cardId(), fold.next(stateBefore(states, stored), stored));
        }
        return flush();
    }

    /** Tries again to save the answers kept in memory after a failed write. */
    public SaveResult retryPending() {
        requireWritable();
        return flush();
    }

    public int pendingCount() {
        return pending.size();
    }

    /** Every answer in the order given, those still pending included; a live, read-only view. */
    public List<JournalLine> reviews() {
        return log.view();
    }

    public int reviewCount() {
        return log.size();
    }

    public boolean readOnly() {
        return readOnly;
    }

    public Path directory() {
        return dir;
    }

    /**
     * Every reviewed card's state as {@code fold} makes it, from the snapshot and the answers after it; kept up
     * to date by later appends. A live, read-only view.
     */
    public Map<String, CardState> cardStates(CardStateFold fold) {
        if (states != null && fold == this.fold) {
            return Collections.unmodifiableMap(states);
        }
        Map<String, CardState> m;
        int from;
        if (snapshot != null && snapshot.fold().equals(fold.id())) {
            m = new HashMap<>(snapshot.cards());
            from = snapshot.reviews();
        } else {
            m = new HashMap<>();
            from = 0;
        }
        for (int i = from; i < log.size(); i++) {
            JournalLine r = log.get(i);
            m.put(r.cardId(), fold.next(stateBefore(m, r), r));
        }
        this.fold = fold;
        this.states = m;
        return Collections.unmodifiableMap(states);
    }

    private static CardState stateBefore(Map<String, CardState> states, JournalLine r) {
        CardState s = states.get(r.cardId());
        return s != null ? s : CardState.newCard(r.at());
    }

    private SaveResult flush() {
        if (pending.isEmpty()) {
            return new SaveResult.Saved();
        }
        try {
            if (lock == null) {
                lock = DirLock.tryAcquire(dir);
                if (lock == null) {
                    return pendingResult("another portdrill now holds " + shown(dir));
                }
            }
            if (channel == null) {
                channel = opener.open(journal);
            }
            byte[] tail = uncertainTail ? readTail() : new byte[0];
            ByteBuffer batch = batch(tail);
            int written = batch.remaining();
            channel.append(batch);
            channel.force();
            durableBytes += tail.length + written;
            journalCrc.update(tail);
            journalCrc.update(batch.array(), 0, written);
        } catch (IOException e) {
            uncertainTail = true;
            closeQuietly(channel);
            channel = null;
            return pendingResult(reason(e));
        }
        lastDurableCrc = pending.get(pending.size() - 1).crc();
        pending.clear();
        uncertainTail = false;
        endsMidLine = false;
        return new SaveResult.Saved();
    }

    private byte[] readTail() throws IOException {
        int expected = MAX_TAIL_SLACK;
        for (JournalCodec.Encoded e : pending) {
            expected += e.bytes().length + 1;
        }
        return channel.readFrom(durableBytes, expected);
    }

    /**
     * The bytes that make every pending line durable: the lines a failed write left complete in {@code tail}
     * are not written twice, and a line it left torn is closed off by a newline (and set aside on load).
     */
    private ByteBuffer batch(byte[] tail) {
        boolean midLine = tail.length > 0 ? tail[tail.length - 1] != '\n' : endsMidLine;
        List<byte[]> lines = new ArrayList<>(pending.size() + 1);
        if (midLine) {
            lines.add(NEWLINE);
        }
        for (JournalCodec.Encoded e : pending) {
            if (!completeIn(tail, e.bytes())) {
                lines.add(e.bytes());
            }
        }
        if (lines.size() == 1) {
            return ByteBuffer.wrap(lines.get(0));
        }
        int total = 0;
        for (byte[] l : lines) {
            total += l.length;
        }
        ByteBuffer buf = ByteBuffer.allocate(total);
        for (byte[] l : lines) {
            buf.put(l);
        }
        return buf.flip();
    }

    /** Whether {@code line} (newline included) stands in {@code tail} as a whole line. */
    private static boolean completeIn(byte[] tail, byte[] line) {
        for (int start = 0; start + line.length <= tail.length; ) {
            if (java.util.Arrays.equals(tail, start, start + line.length, line, 0, line.length)) {
                return true;
            }
            int nl = start;
            while (nl < tail.length && tail[nl] != '\n') {
                nl++;
            }
            start = nl + 1;
        }
        return false;
    }

    private SaveResult.Pending pendingResult(String why) {
        lastFailure = why;
        int n = pending.size();
        return new SaveResult.Pending(n, "could not save to " + shown(journal) + " (" + why + "): "
                + (n == 1 ? "this answer is" : n + " answers are")
                + " kept in memory and saved with the next answer; free some space or check the folder's permissions");
    }

    /**
     * Saves what is pending, caches the card states, and lets another copy write.
     *
     * @throws StoreException when answers could still not be saved; its message says how many and why
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (readOnly) {
                return;
            }
            SaveResult last = flush();
            if (last instanceof SaveResult.Pending p) {
                throw new StoreException(p.count() + (p.count() == 1 ? " answer" : " answers")
                        + " could not be saved to " + shown(journal) + " (" + lastFailure
                        + "); free some space or check the folder's permissions, then study again");
            }
            writeSnapshot();
            writeCache();
        } finally {
            closeQuietly(channel);
            closeQuietly(lock);
        }
    }

    private void writeSnapshot() {
        int n = log.size();
        if (states == null || lock == null
                || (snapshot != null && snapshot.reviews() == n && snapshot.fold().equals(fold.id()))) {
            return;
        }
        try {
            AtomicFile.write(dir.resolve(Snapshot.FILE), new Snapshot(fold.id(), n, lastDurableCrc, states).encode());
        } catch (IOException e) {
            // The snapshot only saves time: the journal holds every answer and rebuilds it on the next open.
        }
    }

    private void writeCache() {
        if (lock == null || endsMidLine || uncertainTail || log.size() - cachedReviews < CACHE_AFTER) {
            return;
        }
        try {
            ColumnsCache.write(dir, log, durableBytes, (int) journalCrc.getValue());
        } catch (IOException e) {
            // Like the snapshot, the cache only saves time.
        }
    }

    private void requireWritable() {
        if (readOnly || closed) {
            throw new IllegalStateException(readOnly ? "progress was opened read-only" : "progress store is closed");
        }
    }

    static String shown(Path p) {
        return Sanitize.forTerminal(p.toString());
    }

    static String reason(IOException e) {
        String r = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason()
                : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        if (e instanceof NoSuchFileException) {
            r = "not found";
        } else if (e instanceof java.nio.file.AccessDeniedException) {
            r = "permission denied";
        } else if (e instanceof java.nio.file.FileAlreadyExistsException) {
            r = "a file is in the way";
        } else if (e instanceof java.nio.file.NotDirectoryException) {
            r = "a file is where a folder should be";
        }
        return Sanitize.forTerminal(r);
    }

    private static void closeQuietly(java.io.Closeable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (IOException e) {
            // Closing after a failure or on the way out: the failure that matters was already reported.
        }
    }
}
