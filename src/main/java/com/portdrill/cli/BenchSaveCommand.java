package com.portdrill.cli;

import com.portdrill.store.StoreBenchmark;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code portdrill bench save}: the answer path against a bare append-and-force of the same bytes on the same
 * disk, taken in turns, and the time to open ten years of daily study. Works in a temporary folder it removes.
 */
public final class BenchSaveCommand implements Callable<Integer> {
    CommandSpec spec;

    int answers;

    int reviews;

    Path dir;

    @Override
    public Integer call() throws IOException {
        if (answers < 1 || reviews < 1) {
            throw UserError.usage("--answers and --reviews must be at least 1");
        }
        Path work;
        try {
            work = dir == null ? Files.createTempDirectory("portdrill-bench-")
                    : Files.createTempDirectory(dir, "portdrill-bench-");
        } catch (IOException e) {
            throw UserError.failure("cannot create a folder to measure in (" + e.getMessage()
                    + "); pass --dir with a writable folder");
        }
        PrintWriter out = spec.commandLine().getOut();
        try {
            StoreBenchmark.Save save = StoreBenchmark.measureSave(work.resolve("save"), answers, Clock.systemUTC());
            out.println(String.format(Locale.ROOT, "answer save: median %.3f ms p99 %.3f ms (n=%d)",
                    save.store().median(), save.store().p99(), save.store().n()));
            out.println(String.format(Locale.ROOT, "bare append+force: median %.3f ms p99 %.3f ms (n=%d)",
                    save.bare().median(), save.bare().p99(), save.bare().n()));
            out.println(String.format(Locale.ROOT, "save/bare ratio: median %.2f p99 %.2f",
                    save.store().median() / save.bare().median(), save.store().p99() / save.bare().p99()));
            out.flush();
            StoreBenchmark.Opens open = StoreBenchmark.measureOpen(work, reviews, Clock.systemUTC());
            out.println(String.format(Locale.ROOT, "open progress: %d reviews in %.0f ms",
                    open.cached().reviews(), open.cached().ms()));
            out.println(String.format(Locale.ROOT,
                    "open progress without snapshot and review cache: %d reviews in %.0f ms (journal %.1f MB)",
                    open.rebuilt().reviews(), open.rebuilt().ms(), open.rebuilt().journalBytes() / 1e6));
        } finally {
            deleteTree(work);
        }
        out.flush();
        return ExitCode.OK;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }
}
