package com.portdrill.cli;

import com.portdrill.bench.BenchException;
import com.portdrill.bench.SaveBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/**
 * {@code portdrill bench save}: the options of {@link SaveBench}, which measures.
 */
@Command(name = "save", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Time saving an answer (against a bare append and force) and opening ten years of progress.")
public final class BenchSaveCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

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
    public Integer call() throws IOException {
        if (answers < 1 || reviews < 1) {
            throw UserError.usage("--answers and --reviews must be at least 1");
        }
        try {
            SaveBench.run(answers, reviews, dir, Clock.systemUTC(), spec.commandLine().getOut());
        } catch (BenchException e) {
            throw UserError.failure(e.getMessage());
        }
        return ExitCode.OK;
    }
}
