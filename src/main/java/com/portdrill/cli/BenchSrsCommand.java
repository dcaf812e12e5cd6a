package com.portdrill.cli;

import com.portdrill.bench.SrsBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * {@code portdrill bench srs}: the options of {@link SrsBench}, which measures.
 */
@Command(name = "srs", mixinStandardHelpOptions = true,
        description = {"FSRS-6 throughput and checksums, line for line as shared/bench/ts-fsrs-throughput.mjs prints them.",
                "The seed is portdrill's --seed (default 42)."})
public final class BenchSrsCommand extends BenchSubcommand {
    private static final long DEFAULT_SEED = 42;

    @ParentCommand
    BenchCommand bench;

    @Option(names = "--cards", paramLabel = "N", defaultValue = "10000", description = "Cards simulated (default: ${DEFAULT-VALUE}).")
    int cards;

    @Option(names = "--reviews", paramLabel = "N", defaultValue = "20", description = "Reviews per card (default: ${DEFAULT-VALUE}).")
    int reviews;

    @Option(names = "--repeat", paramLabel = "N", defaultValue = "1", description = "Runs; the median rate is reported (default: ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--dump", paramLabel = "FILE", description = "Write one JSON line per review of the first cards, as the script does.")
    Path dump;

    @Option(names = "--dump-cards", paramLabel = "N", defaultValue = "50", description = "How many cards --dump covers (default: ${DEFAULT-VALUE}).")
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
