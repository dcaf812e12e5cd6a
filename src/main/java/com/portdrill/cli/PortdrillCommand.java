package com.portdrill.cli;

import picocli.CommandLine.Command;
import com.portdrill.tui.term.EarlyTerminal;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Optional;

import java.util.concurrent.Callable;

/** {@code portdrill}: with no subcommand, opens the menu. */
@Command(name = "portdrill", mixinStandardHelpOptions = true, scope = picocli.CommandLine.ScopeType.INHERIT, versionProvider = Version.class,
        description = "Learn network port numbers: spaced repetition, timed quizzes, drills and look-ups.",
        subcommands = {CatalogueCommand.class, ExplainCommand.class, ScanCommand.class, DecksCommand.class, ExportCommand.class, StatsCommand.class, OptimizeCommand.class, BenchCommand.class,
                StudyCommand.class, QuizCommand.class, ReviewCommand.class, DrillCommand.class,
                HelpCommand.class, CompletionCommand.class,
                ManCommand.class})
public final class PortdrillCommand implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    /** Set by picocli; null when {@link QuickStart} runs the menu, which then writes as picocli would. */
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (global.plainRequested()) {
            return plainMenu("--plain was given");
        }
        try (EarlyTerminal early = EarlyTerminal.start()) {
            // The deck whose counts the menu's first frame shows is read while the terminal is found and opened.
            DeckLoad deck = ChosenDeck.saved(global.decksDir(), global.dataDir());
            Optional<String> plain = early.unavailable();
            if (plain.isPresent()) {
                return plainMenu(plain.get());
            }
            return FullScreen.menu(global, err(), early, deck);
        }
    }

    /** Without a full screen the menu is one line that names the commands, and a successful exit. */
    private int plainMenu(String why) {
        PrintWriter out = out();
        out.println("portdrill: the menu needs a terminal (" + why + "); use a command instead: study, quiz, review,"
                + " drill, stats, explain PORT (see 'portdrill --help')");
        out.flush();
        return ExitCode.OK;
    }

    private PrintWriter out() {
        return spec != null ? spec.commandLine().getOut() : StandardStreams.out();
    }

    private PrintWriter err() {
        return spec != null ? spec.commandLine().getErr() : StandardStreams.err();
    }
}
