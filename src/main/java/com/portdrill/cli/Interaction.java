package com.portdrill.cli;

import java.util.function.IntSupplier;

/** The one place an interactive command picks its front end: plain lines or the full-screen UI. */
final class Interaction {
    private Interaction() {
    }

    /** Plain mode when asked for, or when standard input or output is not a terminal (a pipe, a file, a test). */
    static boolean plainRequested(GlobalOptions global) {
        return global.plainRequested() || System.console() == null;
    }

    /**
     * Runs {@code plain} where plain mode is requested, else {@code screen}. Until the full-screen UI is merged,
     * each command passes its plain runner for both.
     */
    static int run(GlobalOptions global, IntSupplier plain, IntSupplier screen) {
        return plainRequested(global) ? plain.getAsInt() : screen.getAsInt();
    }
}
