package com.portdrill.store;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The right to write in a progress folder: an OS lock on its {@code .lock} file, released by the OS when the
 * process dies, so a crash never leaves a stale lock behind. Closing it releases the lock, then the file.
 */
record DirLock(FileChannel channel, FileLock lock) implements Closeable {
    static final String FILE = ".lock";

    /** The lock, or null when another process (or another store in this one) holds it. */
    static DirLock tryAcquire(Path dir) throws IOException {
        FileChannel ch = FileChannel.open(dir.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                ch.close();
                return null;
            }
            return new DirLock(ch, lock);
        } catch (OverlappingFileLockException e) {
            ch.close();
            return null;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
        } finally {
            channel.close();
        }
    }
}
