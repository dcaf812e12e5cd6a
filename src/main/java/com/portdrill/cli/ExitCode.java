package com.portdrill.cli;

/** The documented exit codes. */
public final class ExitCode {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;
    /** Left with Ctrl-C, as a shell reports a SIGINT (128 + 2). */
    public static final int INTERRUPTED = 130;

    private ExitCode() {
    }
}
