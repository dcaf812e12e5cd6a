package com.portdrill.cli;

import com.portdrill.bench.SaveBench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;

/**
 * {@code portdrill bench save}: the options of {@link SaveBench}, which measures.
 */
public final class BenchSaveCommand extends BenchSubcommand {
    int answers;

    int reviews;

    Path dir;

    @Override
    void measure(PrintWriter out, PrintWriter err) throws IOException {
        SaveBench.run(answers, reviews, dir, Clock.systemUTC(), out);
    }
}
