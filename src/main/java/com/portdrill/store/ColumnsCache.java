package com.portdrill.store;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.CRC32;

/**
 * The reviews of the journal's first {@code journalBytes} bytes in binary columns, so that years of history open
 * without parsing every line again. It is a cache: used only when the journal's first {@code journalBytes} bytes
 * still have the checksum they had when it was written, else ignored and rewritten. The schema is in the file
 * name, so versions never read each other's cache.
 */
final class ColumnsCache {
    /**
     * v2: a schema 1 journal's re-grades are held as re-grades, where v1 held them as answers. The name is kept
     * from before the class was renamed, so an existing cache is still found.
     */
    static final String FILE = "reviews.v2.cache";
    private static final int MAGIC = 0x50445243; // "PDRC"

    private ColumnsCache() {
    }

    /** What a cache file says about the journal it was made from, and its reviews. */
    record Loaded(long journalBytes, int journalCrc, ByteBuffer body) {
        JournalColumns log() {
            return JournalColumns.readFrom(body.duplicate());
        }
    }

    /** The cache in {@code dir}, or null when it is absent or damaged (it is then rebuilt). */
    static Loaded read(Path dir) {
        byte[] b;
        try {
            Path file = dir.resolve(FILE);
            if (!Files.isRegularFile(file) || Files.size(file) > JournalFile.MAX_BYTES) {
                return null; // absent, a device or pipe, or larger than any journal portdrill reads: not ours
            }
            b = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            return null;
        }
        if (b.length < 24) {
            return null;
        }
        CRC32 crc = new CRC32();
        crc.update(b, 0, b.length - 4);
        ByteBuffer in = ByteBuffer.wrap(b);
        if (in.getInt(b.length - 4) != (int) crc.getValue() || in.getInt() != MAGIC) {
            return null;
        }
        long journalBytes = in.getLong();
        int journalCrc = in.getInt();
        if (journalBytes < 0 || journalBytes > JournalFile.MAX_BYTES) {
            return null;
        }
        return new Loaded(journalBytes, journalCrc, in.slice().limit(b.length - 4 - in.position()));
    }

    static void write(Path dir, JournalColumns log, long journalBytes, int journalCrc) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + log.size() * 40);
        try (DataOutputStream out = new DataOutputStream(new java.io.BufferedOutputStream(bytes, 1 << 16))) {
            out.writeInt(MAGIC);
            out.writeLong(journalBytes);
            out.writeInt(journalCrc);
            log.writeTo(out);
        }
        byte[] b = bytes.toByteArray();
        CRC32 crc = new CRC32();
        crc.update(b);
        ByteBuffer withCrc = ByteBuffer.allocate(b.length + 4).put(b).putInt((int) crc.getValue());
        AtomicFile.write(dir.resolve(FILE), withCrc.array());
    }
}
