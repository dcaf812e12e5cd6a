package com.portdrill.cli;

import com.portdrill.bench.Checksums;
import com.portdrill.bench.GoldenRow;
import com.portdrill.bench.Simulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code portdrill bench srs}: times the FSRS simulation of {@code shared/bench/ts-fsrs-throughput.mjs} with the
 * same options and prints the same lines, so the two can be run one after the other and compared.
 */
@Command(name = "srs", mixinStandardHelpOptions = true,
        description = {"FSRS-6 throughput and checksums, line for line as shared/bench/ts-fsrs-throughput.mjs prints them.",
                "The seed is portdrill's --seed (default 42)."})
public final class BenchSrsCommand implements Callable<Integer> {
    private static final long DEFAULT_SEED = 42;

    @ParentCommand
    BenchCommand bench;

    @Spec
    CommandSpec spec;

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
    public Integer call() {
        if (cards < 0 || reviews < 0 || dumpCards < 0 || repeat < 1) {
            throw UserError.usage("--cards, --reviews and --dump-cards must be 0 or more and --repeat at least 1");
        }
        Long seed = bench.global().seed();
        // The script takes its seed as a 32-bit int (seed | 0); a long narrowed to int wraps the same way.
        int seed32 = (int) (seed == null ? DEFAULT_SEED : seed);
        Simulation simulation = new Simulation(cards, reviews, seed32, dump == null ? 0 : dumpCards);
        PrintWriter out = spec.commandLine().getOut();
        double[] rates = new double[repeat];
        Checksums sums = null;
        for (int k = 0; k < repeat; k++) {
            List<String> rows = dump != null && k == 0 ? new ArrayList<>() : null;
            long start = System.nanoTime();
            sums = rows == null ? simulation.run() : simulation.run(row -> rows.add(row.toJson()));
            double ms = (System.nanoTime() - start) / 1e6;
            rates[k] = simulation.totalReviews() / (ms / 1000);
            out.printf(Locale.ROOT, "run %d: %d reviews in %.1f ms = %d reviews/s%n",
                    k + 1, simulation.totalReviews(), ms, Math.round(rates[k]));
            if (rows != null) {
                write(rows);
            }
        }
        Arrays.sort(rates);
        out.printf(Locale.ROOT, "portdrill FSRS-6 (ts-fsrs 5.4.2 rules); java %s; cards=%d reviews=%d seed=%d fuzz=off%n",
                Runtime.version(), cards, reviews, seed32);
        out.println("median reviews/s: " + Math.round(rates[rates.length / 2]));
        out.println(sums.line());
        if (dump != null) {
            out.println("golden rows for cards 0.." + (dumpCards - 1) + " written to " + dump);
        }
        out.flush();
        return ExitCode.OK;
    }

    private void write(List<String> rows) {
        try {
            Files.writeString(dump, String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw UserError.failure("cannot write " + dump + " (" + e.getMessage() + "); give --dump a writable file");
        }
    }
}
