package com.portdrill.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CommandTreeTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        cli.setParameterExceptionHandler(Failures::onUsageError);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Run whole(String... args) {
        return run(new CommandLine(new PortdrillCommand()), args);
    }

    private static Run trimmed(String... args) {
        return run(CommandTree.of(args), args);
    }

    /** Every command path under the root, e.g. [study], [bench, startup]. */
    private static List<List<String>> paths(CommandLine cli, List<String> prefix) {
        List<List<String>> all = new ArrayList<>();
        for (Map.Entry<String, CommandLine> e : cli.getSubcommands().entrySet()) {
            List<String> path = new ArrayList<>(prefix);
            path.add(e.getKey());
            all.add(path);
            all.addAll(paths(e.getValue(), path));
        }
        return all;
    }

    @Test
    void everyCommandsHelpIsTheSameWithOnlyThatSubcommandLoaded() {
        List<List<String>> paths = paths(new CommandLine(new PortdrillCommand()), List.of());
        assertThat(paths).hasSizeGreaterThan(10);
        for (List<String> path : paths) {
            List<String> args = new ArrayList<>(List.of("--plain", "--data-dir", "/nonexistent"));
            args.addAll(path);
            args.add("--help");
            String[] argv = args.toArray(String[]::new);
            assertThat(trimmed(argv)).as(String.join(" ", path)).isEqualTo(whole(argv));
        }
    }

    @Test
    void usageErrorsReadTheSame() {
        String[][] cases = {{"study", "--mode", "shouted"}, {"--seed", "x", "study"}, {"stats", "--jsn"},
            {"--lang=fr", "explain", "22"}, {"bench", "startup", "--runs"}};
        for (String[] args : cases) {
            Run r = trimmed(args);
            assertThat(r.code()).as(String.join(" ", args)).isEqualTo(ExitCode.USAGE);
            assertThat(r).as(String.join(" ", args)).isEqualTo(whole(args));
        }
    }

    @Test
    void onlyTheNamedSubcommandIsBuilt() {
        assertThat(CommandTree.of("--plain", "--seed", "7", "study").getSubcommands()).containsOnlyKeys("study");
        assertThat(CommandTree.of("--seed=7", "bench", "startup").getSubcommands()).containsOnlyKeys("bench");
    }

    @Test
    void globalOptionsAloneBuildTheRootAloneAndRunItAsTheWholeTreeDoes() {
        assertThat(CommandTree.of().getSubcommands()).isEmpty();
        assertThat(CommandTree.of("--plain", "--seed", "3").getSubcommands()).isEmpty();
        assertThat(trimmed("--plain", "--data-dir", "/nonexistent")).isEqualTo(whole("--plain", "--data-dir", "/nonexistent"));
        assertThat(trimmed("--plain", "--seed")).isEqualTo(whole("--plain", "--seed"));
    }

    @Test
    void helpVersionUnknownNamesGetTheWholeTree() {
        int all = new CommandLine(new PortdrillCommand()).getSubcommands().size();
        for (String[] args : new String[][] {{"--help"}, {"--help", "study"}, {"-V"}, {"studdy"}, {"--unknown", "study"}}) {
            assertThat(CommandTree.of(args).getSubcommands()).as(String.join(" ", args)).hasSize(all);
        }
    }

    @Test
    void globalOptionsBeforeTheSubcommandReachIt() {
        CommandLine cli = CommandTree.of("--plain", "--seed", "42", "--data-dir", "/tmp/x", "stats");
        cli.parseArgs("--plain", "--seed", "42", "--data-dir", "/tmp/x", "stats");
        PortdrillCommand root = cli.getCommand();
        assertThat(root.global.seed()).isEqualTo(42L);
        assertThat(root.global.plainRequested()).isTrue();
        assertThat(root.global.dataDir()).hasToString("/tmp/x");
    }
}
