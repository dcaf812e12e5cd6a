package com.portdrill.cli;

import com.portdrill.tui.term.TerminalUi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run behind the launcher's class-data archive: it runs, in one JVM, the commands whose start-up
 * matters (the first question above all), so that the classes they load are archived and load fast on every
 * later start. Each goes through {@link Main} and the whole {@link Grammar}, as a user's does, so the grammar's
 * classes are archived for every other command too. Answers nothing: standard input is empty, as
 * when a user quits at once. Each command gets a data folder of its own under the folder given, so no real
 * progress is touched. When the launcher gives it a terminal, it also opens {@code study} full screen and the
 * menu, lets each draw, and ends the run, since they would otherwise wait for a key.
 */
public final class Training {
    private static final List<List<String>> WORKLOADS = List.of(
            List.of("study", "--plain"),
            List.of("drill", "--plain"),
            List.of("quiz", "--plain"),
            List.of("explain", "22", "--plain"));
    /** What runs full screen on a terminal: the first question of {@code study}, then the menu. */
    private static final List<List<String>> FULL_SCREEN = List.of(List.of("study"), List.of());
    /** Long enough for a first frame even on a busy machine; the archive is made once per build. */
    private static final long FULL_SCREEN_MS = 2_500;

    private Training() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length != 1) {
            System.err.println("usage: Training DATA_FOLDER (the launcher runs this; it is not a command)");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        boolean terminal = TerminalUi.unavailable().isEmpty();
        InputStream stdin = System.in;
        for (int i = 0; i < WORKLOADS.size(); i++) {
            System.setIn(new ByteArrayInputStream(new byte[0]));
            Main.run(withDataDir(WORKLOADS.get(i), dir.resolve("run-" + i)));
        }
        System.setIn(stdin);
        if (terminal) {
            for (int i = 0; i < FULL_SCREEN.size(); i++) {
                String[] argv = withDataDir(FULL_SCREEN.get(i), dir.resolve("screen-" + i));
                Thread screen = new Thread(() -> Main.run(argv), "training-screen-" + i);
                screen.setDaemon(true);
                screen.start();
                screen.join(FULL_SCREEN_MS);
            }
        }
        System.exit(0);
    }

    private static String[] withDataDir(List<String> command, Path dataDir) {
        List<String> argv = new ArrayList<>();
        argv.add("--data-dir");
        argv.add(dataDir.toString());
        argv.addAll(command);
        return argv.toArray(String[]::new);
    }
}
