package com.portdrill.cli;

import com.portdrill.bench.OptimizeBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * {@code portdrill bench optimize}: the options of {@link OptimizeBench}, which measures.
 */
@Command(name = "optimize", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"portdrill's FSRS-6 optimiser against fsrs-rs 6.5 (the reference harness in shared/bench) on one revlog:"
                + " in-process time and log loss of both fits."})
public final class BenchOptimizeCommand extends BenchSubcommand {
    @Option(names = "--revlog", paramLabel = "FILE.csv",
            description = "The review log to fit (default: one the harness simulates, 400 cards over 365 days).")
    Path revlog;

    @Option(names = "--bench-dir", paramLabel = "DIR",
            description = "The reference harness (default: ../shared/bench beside the portdrill folder).")
    Path benchDir;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5",
            description = "Timed runs of portdrill's fit after half a second of untimed ones; the median is reported (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    void measure(PrintWriter out, PrintWriter err) throws IOException, InterruptedException {
        if (runs < 1) {
            throw UserError.usage("--runs must be at least 1");
        }
        Path dir = (benchDir != null ? benchDir : GlobalOptions.home().resolve("../shared/bench")).toAbsolutePath().normalize();
        OptimizeBench.run(dir, revlog, runs, Optimization::revlog, Optimization.DEFAULT_SEED, out, err);
    }
}
