package com.portdrill.store;

import com.portdrill.deck.Outcome;
import com.portdrill.journal.JournalLine;
import com.portdrill.journal.StudyMode;
import com.portdrill.srs.Rating;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every review in journal order, held in columns: years of history are hundreds of thousands of reviews of a
 * few thousand cards, so card ids and answers are stored once and each review costs about 30 bytes.
 */
final class JournalColumns implements JournalCodec.Sink {
    private static final Rating[] RATINGS = Rating.values();
    private static final Outcome[] OUTCOMES = Outcome.values();
    private static final StudyMode[] MODES = StudyMode.values();
    private static final JournalLine.Kind[] KINDS = JournalLine.Kind.values();

    private final List<String> strings = new ArrayList<>();
    private final Map<String, Integer> stringIndex = new HashMap<>();
    private int size;
    private int[] card = new int[1024];
    private int[] answer = new int[1024];
    private long[] at = new long[1024];
    private long[] durationMs = new long[1024];
    /** Rating, outcome, mode and kind packed in 2 bits each (caches written before kinds have 0, an answer, there). */
    private byte[] kinds = new byte[1024];
    private int[] crcs = new int[1024];
    /** Each card's latest time by the index of its id among the strings, for a schema 1 re-grade (see accept). */
    private long[] latestAt = new long[0];

    /**
     * Adds a line. A schema 1 line that names no correction but falls on the very millisecond of its card's
     * previous line is that journal's re-grade, and is kept as one, so every reader of the log sees what it
     * corrects ({@link com.portdrill.journal.Corrections}).
     */
    @Override
    public void accept(String cardId, long atMillis, Rating rating, Outcome outcome, String answerText,
                       long duration, StudyMode mode, JournalLine.Kind kind, int schema, int crc) {
        if (size == at.length) {
            grow();
        }
        int c = intern(cardId);
        boolean unnamedRegrade = schema < JournalCodec.CORRECTIONS_NAMED && kind == JournalLine.Kind.ANSWER
                && latestAt(c) == atMillis;
        JournalLine.Kind k = unnamedRegrade ? JournalLine.Kind.REGRADE : kind;
        card[size] = c;
        answer[size] = intern(answerText);
        at[size] = atMillis;
        durationMs[size] = duration;
        kinds[size] = (byte) (rating.ordinal() | outcome.ordinal() << 2 | mode.ordinal() << 4 | k.ordinal() << 6);
        crcs[size] = crc;
        noteLatest(c, atMillis);
        size++;
    }

    void add(JournalLine r, int crc) {
        accept(r.cardId(), r.at().toEpochMilli(), r.rating(), r.outcome(), r.answer(), r.durationMs(), r.mode(), r.kind(),
                JournalCodec.SCHEMA, crc);
    }

    private long latestAt(int cardString) {
        return cardString < latestAt.length ? latestAt[cardString] : Long.MIN_VALUE;
    }

    private void noteLatest(int cardString, long atMillis) {
        if (cardString >= latestAt.length) {
            int old = latestAt.length;
            latestAt = Arrays.copyOf(latestAt, Math.max(strings.size(), 2 * old));
            Arrays.fill(latestAt, old, latestAt.length, Long.MIN_VALUE);
        }
        latestAt[cardString] = atMillis;
    }

    /** The checksum of review {@code i}'s journal line: it identifies the review a snapshot ends with. */
    int crc(int i) {
        return crcs[i];
    }

    int size() {
        return size;
    }

    JournalLine get(int i) {
        if (i < 0 || i >= size) {
            throw new IndexOutOfBoundsException(i);
        }
        int k = kinds[i];
        return JournalCodec.review(strings.get(card[i]), at[i], RATINGS[k & 3], OUTCOMES[(k >> 2) & 3],
                strings.get(answer[i]), durationMs[i], MODES[(k >> 4) & 3], KINDS[(k >> 6) & 3]);
    }

    /** A read-only view that builds each review when asked; later additions show through. */
    List<JournalLine> view() {
        return new AbstractList<>() {
            @Override
            public JournalLine get(int index) {
                return JournalColumns.this.get(index);
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** The columns, for {@link ColumnsCache}: strings, then each column in turn. */
    void writeTo(java.io.DataOutputStream out) throws java.io.IOException {
        out.writeInt(strings.size());
        for (String s : strings) {
            byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            out.writeInt(b.length);
            out.write(b);
        }
        out.writeInt(size);
        for (int i = 0; i < size; i++) {
            out.writeInt(card[i]);
        }
        for (int i = 0; i < size; i++) {
            out.writeInt(answer[i]);
        }
        for (int i = 0; i < size; i++) {
            out.writeLong(at[i]);
        }
        for (int i = 0; i < size; i++) {
            out.writeLong(durationMs[i]);
        }
        for (int i = 0; i < size; i++) {
            out.writeInt(crcs[i]);
        }
        out.write(kinds, 0, size);
    }

    /** Reads what {@link #writeTo} wrote; the caller has checked the bytes' checksum. */
    static JournalColumns readFrom(java.nio.ByteBuffer in) {
        JournalColumns log = new JournalColumns();
        int n = in.getInt();
        // Counts are checked against the bytes left before anything is allocated: a cache whose checksum holds
        // but whose counts do not must not ask for gigabytes.
        requireWithin(n, 4L * n, in);
        for (int i = 0; i < n; i++) {
            int length = in.getInt();
            requireWithin(length, length, in);
            byte[] b = new byte[length];
            in.get(b);
            log.intern(new String(b, java.nio.charset.StandardCharsets.UTF_8));
        }
        int size = in.getInt();
        requireWithin(size, 29L * size, in);
        int capacity = Math.max(1024, size + size / 4);
        log.card = new int[capacity];
        log.answer = new int[capacity];
        log.at = new long[capacity];
        log.durationMs = new long[capacity];
        log.crcs = new int[capacity];
        log.kinds = new byte[capacity];
        in.asIntBuffer().get(log.card, 0, size);
        in.position(in.position() + 4 * size);
        in.asIntBuffer().get(log.answer, 0, size);
        in.position(in.position() + 4 * size);
        in.asLongBuffer().get(log.at, 0, size);
        in.position(in.position() + 8 * size);
        in.asLongBuffer().get(log.durationMs, 0, size);
        in.position(in.position() + 8 * size);
        in.asIntBuffer().get(log.crcs, 0, size);
        in.position(in.position() + 4 * size);
        in.get(log.kinds, 0, size);
        for (int i = 0; i < size; i++) {
            if (log.card[i] < 0 || log.card[i] >= n || log.answer[i] < 0 || log.answer[i] >= n
                    || ((log.kinds[i] >> 4) & 3) >= MODES.length || ((log.kinds[i] >> 2) & 3) >= OUTCOMES.length) {
                throw new IllegalArgumentException("review " + i + " refers outside the cache");
            }
        }
        log.size = size;
        for (int i = 0; i < size; i++) {
            log.noteLatest(log.card[i], log.at[i]);
        }
        return log;
    }

    private static void requireWithin(int count, long bytes, java.nio.ByteBuffer in) {
        if (count < 0 || bytes > in.remaining()) {
            throw new IllegalArgumentException("a count of " + count + " does not fit the cache's " + in.remaining() + " bytes");
        }
    }

    private int intern(String s) {
        Integer i = stringIndex.get(s);
        if (i == null) {
            i = strings.size();
            strings.add(s);
            stringIndex.put(s, i);
        }
        return i;
    }

    private void grow() {
        int n = at.length * 2;
        card = Arrays.copyOf(card, n);
        answer = Arrays.copyOf(answer, n);
        at = Arrays.copyOf(at, n);
        durationMs = Arrays.copyOf(durationMs, n);
        kinds = Arrays.copyOf(kinds, n);
        crcs = Arrays.copyOf(crcs, n);
    }
}
