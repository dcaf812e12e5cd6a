package com.portdrill.cli;

import com.portdrill.plain.LineSource;
import com.portdrill.tui.term.EarlyTerminal;

import java.time.Clock;

/** A test's clock and standard input, handed to {@link Main#run(Surroundings, String...)} in place of the machine's. */
record FakeSurroundings(Clock clock, LineSource lines) implements Surroundings {
    /** On {@code clock}, with standard input already at its end. */
    static FakeSurroundings on(Clock clock) {
        return new FakeSurroundings(clock, wait -> new LineSource.Read.End());
    }

    /** The real terminal's finding out: under the test runner, standard input is no terminal, so plain mode runs. */
    @Override
    public EarlyTerminal terminal() {
        return EarlyTerminal.start();
    }
}
