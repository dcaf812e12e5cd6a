package com.portdrill.cli;

import com.portdrill.bench.OptimizeBench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * {@code portdrill bench optimize}: the options of {@link OptimizeBench}, which measures.
 */
public final class BenchOptimizeCommand extends BenchSubcommand {
    Path revlog;

    Path benchDir;

    int runs;

    @Override
    void measure(PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        Path dir = (benchDir != null ? benchDir : GlobalOptions.home().resolve("../shared/bench")).toAbsolutePath().normalize();
        OptimizeBench.run(dir, revlog, runs, Optimization::revlog, Optimization.DEFAULT_SEED, out, err);
    }
}
