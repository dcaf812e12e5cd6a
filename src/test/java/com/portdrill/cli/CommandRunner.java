package com.portdrill.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs portdrill as the launcher would, capturing standard output and error. */
record CommandRunner(int exitCode, String out, String err) {
    static CommandRunner run(String... args) {
        return run(new ByteArrayInputStream(new byte[0]), args);
    }

    /** Runs with {@code input} as standard input (UTF-8), as a pipe would give it. */
    static CommandRunner runWithInput(String input, String... args) {
        return withInput(input, args);
    }

    /** Runs with {@code input} as standard input (UTF-8), as a pipe would give it. */
    static CommandRunner withInput(String input, String... args) {
        return run(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), args);
    }

    /** The same with {@code in} as standard input. */
    static CommandRunner run(InputStream in, String... args) {
        return run(in, new Surroundings.Machine(), args);
    }

    /** Runs on the clock and input {@code around} gives (a fake clock, say) instead of the machine's. */
    static CommandRunner run(Surroundings around, String... args) {
        return run(InputStream.nullInputStream(), around, args);
    }

    private static synchronized CommandRunner run(InputStream in, Surroundings around, String... args) {
        InputStream oldIn = System.in;
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setIn(in);
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int code = Main.run(around, args);
            return new CommandRunner(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(oldIn);
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}
