package com.portdrill.tui.term;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** One detached tmux session on its own socket, driven like a person at a terminal; always killed after. */
final class Tmux implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String SESSION = "t";

    private final String socket;

    private Tmux(String socket) {
        this.socket = socket;
    }

    /** Starts {@code shellCommand} in a window of {@code cols} by {@code rows}. */
    static Tmux start(int cols, int rows, String shellCommand) {
        Tmux t = new Tmux("portdrill-test-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        t.run("new-session", "-d", "-s", SESSION, "-x", Integer.toString(cols), "-y", Integer.toString(rows), shellCommand);
        return t;
    }

    void keys(String... keys) {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", SESSION));
        args.addAll(List.of(keys));
        run(args.toArray(String[]::new));
    }

    /** Types text literally (no key names), as a paste or an input method would deliver it. */
    void type(String text) {
        run("send-keys", "-t", SESSION, "-l", text);
    }

    void resize(int cols, int rows) {
        run("resize-window", "-t", SESSION, "-x", Integer.toString(cols), "-y", Integer.toString(rows));
    }

    String screen() {
        return run("capture-pane", "-p", "-t", SESSION);
    }

    /** The screen with its attributes as escape sequences, to see which colours were drawn. */
    String screenWithAttributes() {
        return run("capture-pane", "-p", "-e", "-t", SESSION);
    }

    /** Polls the screen until it satisfies {@code ready}; fails with the last screen after the wait. */
    String waitFor(String what, Predicate<String> ready) {
        long end = System.nanoTime() + WAIT.toNanos();
        String last = "";
        while (System.nanoTime() < end) {
            last = screen();
            if (ready.test(last)) {
                return last;
            }
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("waited " + WAIT.toSeconds() + " s for " + what + "; the screen was:\n" + last);
    }

    String waitFor(String text) {
        return waitFor("'" + text + "'", s -> s.contains(text));
    }

    private String run(String... args) {
        List<String> cmd = new ArrayList<>(List.of("tmux", "-L", socket));
        cmd.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("tmux " + String.join(" ", args) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("tmux could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    @Override
    public void close() {
        try {
            new ProcessBuilder("tmux", "-L", socket, "kill-server").redirectErrorStream(true).start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            // Nothing left to kill.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
