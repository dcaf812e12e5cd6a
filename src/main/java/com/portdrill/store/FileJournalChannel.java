package com.portdrill.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The journal on disk, opened in append mode so that no write can land over what is there. */
final class FileJournalChannel implements JournalChannel {
    private final Path journal;
    private final FileChannel channel;

    private FileJournalChannel(Path journal, FileChannel channel) {
        this.journal = journal;
        this.channel = channel;
    }

    static JournalChannel open(Path journal) throws IOException {
        boolean existed = java.nio.file.Files.exists(journal);
        FileChannel ch = FileChannel.open(journal, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        if (!existed) {
            AtomicFile.forceDirectory(journal.toAbsolutePath().getParent());
        }
        return new FileJournalChannel(journal, ch);
    }

    @Override
    public void append(ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    /** Data and the file's length, not its times: what a reader needs after a crash, at fdatasync's cost. */
    @Override
    public void force() throws IOException {
        channel.force(false);
    }

    @Override
    public byte[] readFrom(long offset, int max) throws IOException {
        // A channel opened to append cannot read, so the rare read after a failure opens its own.
        try (FileChannel in = FileChannel.open(journal, StandardOpenOption.READ)) {
            long available = Math.max(0, in.size() - offset);
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(available, max));
            int n = 0;
            while (buf.hasRemaining() && n >= 0) {
                n = in.read(buf, offset + buf.position());
            }
            return java.util.Arrays.copyOf(buf.array(), buf.position());
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
