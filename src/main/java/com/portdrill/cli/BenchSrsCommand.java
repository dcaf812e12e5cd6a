package com.portdrill.cli;

import com.portdrill.bench.SrsBench;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * {@code portdrill bench srs}: the options of {@link SrsBench}, which measures.
 */
public final class BenchSrsCommand extends BenchSubcommand {
    private static final long DEFAULT_SEED = 42;

    BenchCommand bench;

    int cards;

    int reviews;

    int repeat;

    Path dump;

    int dumpCards;

    @Override
    void measure(PrintWriter out, PrintWriter err) {
        if (cards < 0 || reviews < 0 || dumpCards < 0 || repeat < 1) {
            throw UserError.usage("--cards, --reviews and --dump-cards must be 0 or more and --repeat at least 1");
        }
        Long seed = bench.global().seed();
        // The script takes its seed as a 32-bit int (seed | 0); a long narrowed to int wraps the same way.
        int seed32 = (int) (seed == null ? DEFAULT_SEED : seed);
        new SrsBench(cards, reviews, repeat, dump, dumpCards, seed32).run(out);
    }
}
