package com.portdrill.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code portdrill bench}: the benchmarks; each is a subcommand. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks that compare portdrill with its references and targets.",
        subcommands = {BenchSrsCommand.class, BenchSaveCommand.class, BenchStartupCommand.class, BenchScanCommand.class, BenchOptimizeCommand.class})
public final class BenchCommand {
    @ParentCommand
    PortdrillCommand root;

    /** The options given to {@code portdrill} itself, such as {@code --seed}. */
    GlobalOptions global() {
        return root.global;
    }
}
