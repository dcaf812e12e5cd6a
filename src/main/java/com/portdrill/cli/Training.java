package com.portdrill.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The training run behind the launcher's class-data archive: it runs, in one JVM, the commands whose start-up
 * matters (the first question in plain mode above all), so that the classes they load are archived and load
 * fast on every later start. Answers nothing: standard input is empty, as when a user quits at once. Each
 * command gets a data folder of its own under the folder given, so no real progress is touched.
 */
public final class Training {
    private static final List<List<String>> WORKLOADS = List.of(
            List.of("study", "--plain"),
            List.of("explain", "22", "--plain"));

    private Training() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: Training DATA_FOLDER (the launcher runs this; it is not a command)");
            System.exit(2);
        }
        Path dir = Files.createDirectories(Path.of(args[0]));
        InputStream stdin = System.in;
        for (int i = 0; i < WORKLOADS.size(); i++) {
            List<String> argv = new ArrayList<>(WORKLOADS.get(i));
            argv.add("--data-dir");
            argv.add(dir.resolve("run-" + i).toString());
            System.setIn(new ByteArrayInputStream(new byte[0]));
            Main.run(argv.toArray(String[]::new));
        }
        System.setIn(stdin);
        System.exit(0);
    }
}
