package com.portdrill.cli;

import com.portdrill.background.Background;
import com.portdrill.plain.LineSource;
import com.portdrill.tui.term.EarlyTerminal;

import java.time.Clock;
import java.time.ZoneId;

/**
 * What a run takes from the machine around it rather than from its arguments: the clock (and the zone days are counted
 * in) that times answers, quizzes and statistics, standard input read as lines by plain mode, and the terminal the full
 * screen draws on. {@link Main} hands the machine's own to the command line once; a test hands in a fake clock and
 * typed lines the same way, so a timed quiz run end to end ends on that clock, at once.
 */
interface Surroundings {
    /** The clock a command reads: asked for once a run, by the command that needs one. */
    Clock clock();

    /**
     * Standard input as lines, for plain mode; asked for at most once a run, by a study command as it starts plain
     * mode (which also says "nothing to do").
     */
    LineSource lines();

    /**
     * The terminal the full screen would run on, being found out and opened; asked for at most once a run, by the menu
     * or a study command not in plain mode. The caller closes it when it is done; closing one taken is harmless.
     */
    EarlyTerminal terminal();

    /**
     * The machine's own: the system clock in the default zone, standard input read on a thread of its own, and the
     * system terminal. Each is looked up only when a run may need it. When the arguments may start a session or the
     * menu, the zone is looked up, and the terminal (unless in plain mode) opened, while the command line is read:
     * each takes about 10 ms of the first question's wait otherwise (the zone rules are read from the JDK's
     * files, twice, and the terminal's description comes from another process).
     */
    final class Machine implements Surroundings, AutoCloseable {
        private final Background<ZoneId> zone;
        private EarlyTerminal terminal;

        /** The machine's, with nothing started ahead. */
        Machine() {
            this(null, null);
        }

        private Machine(Background<ZoneId> zone, EarlyTerminal terminal) {
            this.zone = zone;
            this.terminal = terminal;
        }

        /** The machine's, with what a run of {@code args} may need started. */
        static Machine aheadOf(String... args) {
            boolean session = Grammar.mayStartASession(args) || Grammar.mayRunFullScreen(args);
            return new Machine(session ? Background.start("portdrill-zone", ZoneId::systemDefault) : null,
                    Grammar.mayRunFullScreen(args) ? EarlyTerminal.start() : null);
        }

        @Override
        public Clock clock() {
            return zone == null ? Clock.systemDefaultZone() : Clock.system(zone.get());
        }

        @Override
        public LineSource lines() {
            return LineSource.of(System.in);
        }

        @Override
        public EarlyTerminal terminal() {
            if (terminal == null) {
                terminal = EarlyTerminal.start();
            }
            return terminal;
        }

        /** Closes a terminal opened ahead that no command took. */
        @Override
        public void close() {
            if (terminal != null) {
                terminal.close();
            }
        }
    }
}
