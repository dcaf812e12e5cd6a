package com.portdrill.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** The temporary folder a benchmark measures in, removed with all it holds when the benchmark ends. */
public final class WorkDir implements AutoCloseable {
    /** The remedy where the system's temporary folder is the only choice. */
    public static final String TMPDIR = "free space in the temporary folder, or name another with JAVA_TOOL_OPTIONS=-Djava.io.tmpdir=DIR";
    /** The remedy where the command takes {@code --dir}. */
    public static final String PASS_DIR = "pass --dir with a writable folder";

    private final Path path;

    private WorkDir(Path path) {
        this.path = path;
    }

    /**
     * A new folder named {@code prefix…} in {@code parent}, or in the system's temporary folder when that is null.
     *
     * @param remedy what the user can do when it cannot be made, such as "pass --dir with a writable folder"
     * @throws BenchException when it cannot be made
     */
    public static WorkDir create(Path parent, String prefix, String remedy) {
        try {
            return new WorkDir(parent == null ? Files.createTempDirectory(prefix) : Files.createTempDirectory(parent, prefix));
        } catch (IOException e) {
            throw new BenchException("cannot create a folder to measure in (" + e.getMessage() + "); " + remedy);
        }
    }

    public Path path() {
        return path;
    }

    public Path resolve(String name) {
        return path.resolve(name);
    }

    @Override
    public void close() throws IOException {
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
