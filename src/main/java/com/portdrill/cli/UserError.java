package com.portdrill.cli;

/**
 * A failure the user can act on: its message is the one line shown, and it says what to do.
 * {@code usage} errors exit with 2, every other with 1.
 */
public final class UserError extends RuntimeException {
    private final int exitCode;

    private UserError(String message, int exitCode) {
        super(message, null, false, false);
        this.exitCode = exitCode;
    }

    public static UserError usage(String message) {
        return new UserError(message, ExitCode.USAGE);
    }

    public static UserError failure(String message) {
        return new UserError(message, ExitCode.FAILURE);
    }

    public int exitCode() {
        return exitCode;
    }
}
