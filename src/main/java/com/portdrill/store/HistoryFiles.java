package com.portdrill.store;

import com.portdrill.journal.JournalLine;
import com.portdrill.srs.CardState;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.zip.CRC32;

/**
 * Progress written in one go in the store's own formats, for {@code bench save} to open: only the store knows the
 * journal's lines, the snapshot and the review cache, and a benchmark must not write them answer by answer.
 */
public final class HistoryFiles {
    private HistoryFiles() {
    }

    /** The bytes the store appends for {@code line}, newline included. */
    public static byte[] line(JournalLine line) {
        return new JournalCodec().encode(line).bytes();
    }

    /**
     * Writes {@code count} lines ({@code line.apply(i)} for i = 0, 1 …) as the journal of {@code progress}, with the
     * snapshot (folded with {@code fold}) and review cache a session's close leaves after the first
     * {@code cachedUpTo} of them.
     *
     * @return the journal's size in bytes
     */
    public static long write(Path progress, int count, IntFunction<JournalLine> line, int cachedUpTo, CardStateFold fold)
            throws IOException {
        Files.createDirectories(progress);
        JournalCodec codec = new JournalCodec();
        Map<String, CardState> states = new HashMap<>();
        JournalColumns log = new JournalColumns();
        CRC32 crc = new CRC32();
        long bytes = 0;
        int lastCrc = 0;
        try (OutputStream out = new BufferedOutputStream(
                Files.newOutputStream(progress.resolve(ProgressStore.JOURNAL)), 1 << 16)) {
            for (int i = 0; i < count; i++) {
                if (i == cachedUpTo) {
                    AtomicFile.write(progress.resolve(Snapshot.FILE), new Snapshot(fold.id(), i, lastCrc, states).encode());
                    out.flush();
                    ColumnsCache.write(progress, log, bytes, (int) crc.getValue());
                }
                JournalLine r = line.apply(i);
                JournalCodec.Encoded encoded = codec.encode(r);
                out.write(encoded.bytes());
                crc.update(encoded.bytes());
                bytes += encoded.bytes().length;
                lastCrc = encoded.crc();
                log.add(r, encoded.crc());
                CardState before = states.get(r.cardId());
                states.put(r.cardId(), fold.next(before != null ? before : CardState.newCard(r.at()), r));
            }
        }
        return bytes;
    }

    /** Removes the snapshot and the review cache of {@code progress}, as when they are lost. */
    public static void dropCaches(Path progress) throws IOException {
        Files.deleteIfExists(progress.resolve(Snapshot.FILE));
        Files.deleteIfExists(progress.resolve(ColumnsCache.FILE));
    }
}
