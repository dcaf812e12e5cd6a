package com.portdrill.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every wrong command line gets one line on standard error that names the problem and the way out, the
 * documented exit code (2 for usage, 1 for a failure), nothing on standard output, and never a stack trace.
 */
class BadCommandLineTest {
    @TempDir
    static Path tmp;

    private static Path aFile() throws IOException {
        Path f = tmp.resolve("a-file");
        if (!Files.exists(f)) {
            Files.writeString(f, "not a folder");
        }
        return f;
    }

    private static Path aLinkToNowhere() throws IOException {
        Path link = tmp.resolve("progress-link");
        if (!Files.isSymbolicLink(link)) {
            Files.createSymbolicLink(link, tmp.resolve("gone"));
        }
        return link;
    }

    static Stream<Arguments> badLines() throws IOException {
        String file = aFile().toString();
        String link = aLinkToNowhere().toString();
        String folder = tmp.toString();
        return Stream.of(
                arguments("--lang fr catalogue", 2, "expected one of [en, zh]"),
                arguments("catalogue --lang FR", 2, "'--lang'"),
                arguments("--seed x explain 22", 2, "'x' is not a whole number"),
                arguments("--seed 99999999999999999999 explain 22", 2, "is not a whole number"),
                arguments("stduy", 2, "did you mean 'study'"),
                arguments("study --mode x --plain --data-dir " + folder, 2, "Invalid value for option '--mode'"),
                arguments("study --limit -1 --plain --data-dir " + folder, 2, "--limit is a number of new cards a day"),
                arguments("study --limit many --plain --data-dir " + folder, 2, "'many' is not a whole number"),
                arguments("quiz --seconds 0 --plain --data-dir " + folder, 2, "--seconds is 1 to 3600"),
                arguments("quiz --seconds 3601 --plain --data-dir " + folder, 2, "--seconds is 1 to 3600"),
                arguments("quiz --mode flip --plain --data-dir " + folder, 2, "a quiz is typed or choice"),
                arguments("review --mode y --plain --data-dir " + folder, 2, "Invalid value for option '--mode'"),
                arguments("drill --deck nosuchdeck --plain --data-dir " + folder, 1, "no deck 'nosuchdeck'"),
                arguments("study --deck ../../etc/passwd --plain --data-dir " + folder, 2, "is not a deck name"),
                arguments("study --plain --data-dir " + file, 1, "is a file, not a progress folder"),
                arguments("catalgue", 2, "did you mean 'catalogue'"),
                arguments("exlpain 22", 2, "did you mean 'explain'"),
                arguments("decks lst", 2, "did you mean 'list'"),
                arguments("decks", 2, "one of build, check, list"),
                arguments("export", 2, "one of anki"),
                arguments("stats --jsn", 2, "did you mean '--json'"),
                arguments("catalogue extra", 2, "'extra'"),
                arguments("stats --json --json", 2, "option '--json' should be specified only once"),
                arguments("--lang en --lang zh catalogue", 2, "should be specified only once"),
                arguments("--lang en catalogue --lang zh", 2, "option '--lang' is given twice (en, then zh); give it once"),
                arguments("--seed 1 explain 22 --seed 2", 2, "option '--seed' is given twice"),
                arguments("--data-dir", 2, "Missing required parameter for option '--data-dir'"),
                arguments("explain 70000", 2, "Port 70000 is out of range"),
                arguments("explain 99999999999999999999", 2, "is out of range"),
                arguments("explain -- -1", 2, "Port -1 is out of range"),
                arguments("explain", 2, "nothing to explain"),
                arguments("export anki", 2, "Missing required parameter: 'FILE'"),
                arguments("explain nosuchservice", 1, "No port or service is named 'nosuchservice'"),
                arguments("export anki " + folder, 1, "is a folder; give a file name"),
                arguments("export anki " + file + "/x.txt", 1, "cannot write"),
                arguments("export anki " + folder + "/a.txt --deck ../../etc/passwd", 2, "is not a deck name"),
                arguments("export anki " + folder + "/a.txt --deck nosuchdeck --decks-dir decks", 1, "no deck 'nosuchdeck'"),
                arguments("export anki " + folder + "/a.txt --decks-dir " + file, 1, "is a file, not a deck folder"),
                arguments("decks list --decks-dir " + file, 1, "is a file, not a deck folder"),
                arguments("decks check --decks-dir " + file, 1, "is a file, not a deck folder"),
                arguments("stats --data-dir " + file, 1, "is a file, not a progress folder"),
                arguments("stats --json --data-dir " + file, 1, "is a file, not a progress folder"),
                arguments("stats --data-dir " + link, 1, "is a link to"),
                arguments("stats --json --data-dir " + link, 1, "which does not exist"));
    }

    @ParameterizedTest(name = "portdrill {0}")
    @MethodSource("badLines")
    void oneLineNamingTheProblemAndTheDocumentedExitCode(String line, int exit, String says) {
        CommandRunner r = CommandRunner.run(line.split(" "));
        assertThat(r.exitCode()).isEqualTo(exit);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).singleElement().asString().startsWith("portdrill: ").contains(says)
                .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("unexpected error");
    }

    @Test
    void anEmptyExplainArgumentIsAUsageError() {
        CommandRunner r = CommandRunner.run("explain", "");
        assertThat(r.exitCode()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err().lines()).singleElement().asString().contains("nothing to explain");
    }

    static Stream<List<String>> commands() {
        List<List<String>> paths = new ArrayList<>();
        collect(Grammar.tree(), new ArrayList<>(), paths);
        return paths.stream();
    }

    private static void collect(CommandLine cmd, List<String> path, List<List<String>> into) {
        into.add(List.copyOf(path));
        cmd.getSubcommands().forEach((name, sub) -> {
            List<String> deeper = new ArrayList<>(path);
            deeper.add(name);
            collect(sub, deeper, into);
        });
    }

    private static CommandSpec spec(List<String> path) {
        CommandLine cmd = Grammar.tree();
        for (String name : path) {
            cmd = cmd.getSubcommands().get(name);
        }
        return cmd.getCommandSpec();
    }

    @ParameterizedTest(name = "portdrill {0} --help")
    @MethodSource("commands")
    void everyCommandsHelpHasADescriptionAndListsEveryOption(List<String> path) {
        List<String> args = new ArrayList<>(path);
        args.add("--help");
        CommandRunner r = CommandRunner.run(args.toArray(String[]::new));
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        CommandSpec spec = spec(path);
        String description = String.join(" ", spec.usageMessage().description());
        assertThat(description).as("description of %s", path).hasSizeGreaterThan(15);
        assertThat(r.out()).startsWith("Usage: portdrill");
        assertThat(r.out().replaceAll("\\s+", " ")).contains(description.replaceAll("\\s+", " "));
        for (OptionSpec option : spec.options()) {
            assertThat(r.out()).as("%s lists %s", path, option.longestName()).contains(option.longestName());
            assertThat(String.join(" ", option.description())).as("%s %s has a description", path, option.longestName())
                    .isNotBlank();
        }
        spec.positionalParameters().forEach(p -> assertThat(String.join(" ", p.description()))
                .as("%s %s has a description", path, p.paramLabel()).isNotBlank());
        assertThat(r.out().lines()).as("help fits an 80-column terminal").allMatch(l -> l.length() <= 80);
        if (!spec.subcommands().isEmpty()) {
            spec.subcommands().keySet().forEach(sub -> assertThat(r.out()).contains(sub));
        }
        assertThat(Arrays.asList("--help", "--version")).allMatch(r.out()::contains);
    }
}
