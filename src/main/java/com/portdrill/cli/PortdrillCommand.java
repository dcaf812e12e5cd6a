package com.portdrill.cli;

import com.portdrill.tui.term.EarlyTerminal;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code portdrill}: with no subcommand, opens the menu. */
public final class PortdrillCommand implements Callable<Integer> {
    /** The clock and standard input every command of this run reads: the machine's, or a test's. */
    final Surroundings around;
    GlobalOptions global;
    CommandSpec spec;
    /** The deck read while the command line was, in case the session this run starts wants it; see {@link Main}. */
    Optional<DeckLoad> likelyDeck = Optional.empty();

    PortdrillCommand(Surroundings around) {
        this.around = around;
    }

    @Override
    public Integer call() {
        if (global.plainRequested()) {
            return plainMenu("--plain was given");
        }
        try (EarlyTerminal early = around.terminal()) {
            // The deck whose counts the menu's first frame shows is read while the terminal is found and opened.
            DeckLoad deck = ChosenDeck.saved(global.decksDir(), global.dataDir(), likelyDeck);
            Optional<String> plain = early.unavailable();
            if (plain.isPresent()) {
                return plainMenu(plain.get());
            }
            return FullScreen.menu(global, around.clock(), err(), early, deck);
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
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
