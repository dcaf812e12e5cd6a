package com.portdrill.cli;

import com.portdrill.bench.SaveBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;

/**
 * {@code portdrill bench save}: the options of {@link SaveBench}, which measures.
 */
@Command(name = "save", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Time saving an answer (against a bare append and force) and opening ten years of progress.")
public final class BenchSaveCommand extends BenchSubcommand {
    @Option(names = "--answers", paramLabel = "N", defaultValue = "300",
            description = "Answers to time each way (default: ${DEFAULT-VALUE}).")
    int answers;

    @Option(names = "--reviews", paramLabel = "N", defaultValue = "730000",
            description = "Reviews in the synthetic history (default: ${DEFAULT-VALUE}, ten years of 200 a day).")
    int reviews;

    @Option(names = "--dir", paramLabel = "DIR",
            description = "Folder to measure in, on the disk that matters (default: the system's temporary folder).")
    Path dir;

    @Override
    void measure(PrintWriter out, PrintWriter err) throws IOException {
        if (answers < 1 || reviews < 1) {
            throw UserError.usage("--answers and --reviews must be at least 1");
        }
        SaveBench.run(answers, reviews, dir, Clock.systemUTC(), out);
    }
}
