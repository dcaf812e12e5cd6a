package com.portdrill.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.util.concurrent.Callable;

/** {@code portdrill}: with no subcommand, opens the menu. */
@Command(name = "portdrill", mixinStandardHelpOptions = true, scope = picocli.CommandLine.ScopeType.INHERIT, versionProvider = Version.class,
        description = "Learn network port numbers: spaced repetition, timed quizzes, drills and look-ups.",
        subcommands = {CatalogueCommand.class, ExplainCommand.class, DecksCommand.class, ExportCommand.class, StatsCommand.class, BenchCommand.class,
                StudyCommand.class, QuizCommand.class, ReviewCommand.class, DrillCommand.class})
public final class PortdrillCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Override
    public Integer call() {
        throw UserError.failure("the menu is not built yet; run 'portdrill --help' for the commands");
    }
}
