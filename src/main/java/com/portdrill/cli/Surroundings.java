package com.portdrill.cli;

import com.portdrill.plain.LineSource;

import java.time.Clock;

/**
 * What a run takes from the machine around it rather than from its arguments: the clock (and the zone days are counted
 * in) that times answers, quizzes and statistics, and standard input read as lines by plain mode. {@link Main} hands
 * the machine's own to the command line once; a test hands in a fake clock and typed lines the same way, so a timed
 * quiz run end to end ends on that clock, at once.
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
     * The machine's own: the system clock in the default zone, and standard input read on a thread of its own. Both
     * are looked up only when asked for, so a command that needs neither pays nothing for them.
     */
    final class Machine implements Surroundings {
        @Override
        public Clock clock() {
            return Clock.systemDefaultZone();
        }

        @Override
        public LineSource lines() {
            return LineSource.of(System.in);
        }
    }
}
