package com.portdrill.cli;

import com.portdrill.testing.Installed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code portdrill completion bash|zsh} end to end, and the bash script driven in a real bash: the completion
 * function is called with {@code COMP_WORDS} and {@code COMP_CWORD} set as bash sets them on Tab.
 */
class CompletionCommandTest {
    @TempDir
    static Path tmp;

    private static Path decks;
    private static Path script;
    private static Path zshScript;

    @BeforeAll
    static void writeTheScript() throws IOException {
        decks = Files.createDirectories(tmp.resolve("decks"));
        Files.writeString(decks.resolve("essentials.json"), "{}");
        Files.writeString(decks.resolve("my-ports.json"), "{}");
        Files.writeString(decks.resolve("Not A Deck.json"), "{}");
        CommandRunner r = CommandRunner.run("--decks-dir", decks.toString(), "completion", "bash");
        assertThat(r.exitCode()).as(r.err()).isZero();
        script = Files.writeString(tmp.resolve("portdrill.bash"), r.out());
        CommandRunner z = CommandRunner.run("--decks-dir", decks.toString(), "completion", "zsh");
        assertThat(z.exitCode()).as(z.err()).isZero();
        zshScript = Files.writeString(tmp.resolve("portdrill.zsh"), z.out());
    }

    @Test
    void bashPrintsTheScriptWithHowToInstallIt() {
        CommandRunner r = CommandRunner.run("completion", "bash");
        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("# bash completion for portdrill")
                .contains("source <(portdrill completion bash)")
                .contains("complete -F _complete_portdrill -o default portdrill")
                .doesNotContain("_completion\"); do line="); // picocli's own installation notes are not ours
    }

    @Test
    void zshPrintsTheScriptForBashcompinitWithItsOwnInstallLine() {
        CommandRunner r = CommandRunner.run("completion", "zsh");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("# zsh completion for portdrill")
                .contains("source <(portdrill completion zsh)")
                .contains("autoload -U +X bashcompinit && bashcompinit")
                .contains("complete -F _complete_portdrill");
    }

    @Test
    void aMissingOrUnknownShellIsAUsageErrorInOneLine() {
        for (String[] line : new String[][] {{"completion"}, {"completion", "fish"}, {"completion", "bash", "zsh"}}) {
            CommandRunner r = CommandRunner.run(line);
            assertThat(r.exitCode()).as(Arrays.toString(line)).isEqualTo(ExitCode.USAGE);
            assertThat(r.out()).isEmpty();
            assertThat(r.err().lines()).hasSize(1).allMatch(l -> l.startsWith("portdrill: "));
        }
    }

    @Test
    void tabCompletesCommandNamesAndTheirPrefixes() throws Exception {
        Map<String, Set<String>> got = complete(List.of(List.of(""), List.of("stu"), List.of("be"), List.of("bench", ""),
                List.of("decks", ""), List.of("--plain", "ex")));
        assertThat(got.get("")).containsAll(Grammar.tree().getSubcommands().keySet());
        assertThat(got.get("stu")).containsExactly("study");
        assertThat(got.get("be")).containsExactly("bench");
        assertThat(got.get("bench ")).containsExactlyInAnyOrder("srs", "save", "startup", "scan", "optimize");
        assertThat(got.get("decks ")).containsExactlyInAnyOrder("build", "check", "list");
        assertThat(got.get("--plain ex")).containsExactlyInAnyOrder("explain", "export");
    }

    @Test
    void tabCompletesTheValuesOfModesLanguagesDecksAndShells() throws Exception {
        Map<String, Set<String>> got = complete(List.of(List.of("study", "--mode", ""), List.of("quiz", "--mode", ""),
                List.of("review", "--mode", "f"), List.of("--lang", ""), List.of("stats", "--lang", "z"),
                List.of("study", "--deck", ""), List.of("drill", "--deck", "my"), List.of("export", "anki", "--deck", ""),
                List.of("scan", "--deck", ""), List.of("completion", "")));
        assertThat(got.get("study --mode ")).containsExactlyInAnyOrder("typed", "choice", "flip");
        assertThat(got.get("quiz --mode ")).as("the quiz takes no flip cards").containsExactlyInAnyOrder("typed", "choice");
        assertThat(got.get("review --mode f")).containsExactly("flip");
        assertThat(got.get("--lang ")).containsExactlyInAnyOrder("en", "zh");
        assertThat(got.get("stats --lang z")).containsExactly("zh");
        assertThat(got.get("study --deck ")).as("the decks in --decks-dir, plain names only")
                .containsExactlyInAnyOrder("essentials", "my-ports");
        assertThat(got.get("drill --deck my")).containsExactly("my-ports");
        assertThat(got.get("export anki --deck ")).containsExactlyInAnyOrder("essentials", "my-ports");
        assertThat(got.get("scan --deck ")).as("scan names a new deck: nothing to offer").isEmpty();
        assertThat(got.get("completion ")).containsExactlyInAnyOrder("bash", "zsh");
    }

    /**
     * zsh runs the script through bashcompinit, which calls the function with bash's arrays (ksharrays) and filters
     * the candidates by the word typed itself: the function's candidates must be the right ones for each place.
     */
    @Test
    void zshCompletesThroughBashcompinit() throws Exception {
        assumeTrue(Installed.runs("zsh", "-f", "-c", "true"), "zsh is not installed here");
        Map<String, Set<String>> got = complete(List.of("zsh", "-f", "-c"), zshScript, "setopt ksharrays\n",
                List.of(List.of(""), List.of("bench", ""), List.of("quiz", "--mode", ""), List.of("--lang", ""),
                        List.of("drill", "--deck", ""), List.of("completion", "")));
        assertThat(got.get("")).containsAll(Grammar.tree().getSubcommands().keySet());
        assertThat(got.get("bench ")).containsExactlyInAnyOrder("srs", "save", "startup", "scan", "optimize");
        assertThat(got.get("quiz --mode ")).containsExactlyInAnyOrder("typed", "choice");
        assertThat(got.get("--lang ")).containsExactlyInAnyOrder("en", "zh");
        assertThat(got.get("drill --deck ")).containsExactlyInAnyOrder("essentials", "my-ports");
        assertThat(got.get("completion ")).containsExactlyInAnyOrder("bash", "zsh");
    }

    /** Walks picocli's whole tree: at every level, Tab offers every subcommand, and '-' Tab every option name. */
    @Test
    void everyCommandSubcommandAndOptionOfTheTreeCompletes() throws Exception {
        Map<List<String>, CommandLine> commands = new LinkedHashMap<>();
        collect(Grammar.tree(), new ArrayList<>(), commands);
        assertThat(commands.keySet()).contains(List.of("scan"), List.of("optimize"), List.of("bench", "scan"),
                List.of("bench", "optimize"), List.of("completion"), List.of("man"));
        List<List<String>> queries = new ArrayList<>();
        for (List<String> path : commands.keySet()) {
            queries.add(with(path, ""));
            queries.add(with(path, "-"));
        }
        Map<String, Set<String>> got = complete(queries);
        for (Map.Entry<List<String>, CommandLine> e : commands.entrySet()) {
            String at = String.join(" ", e.getKey());
            Set<String> names = got.get(String.join(" ", with(e.getKey(), "")));
            assertThat(names).as("Tab after 'portdrill %s'", at).containsAll(e.getValue().getSubcommands().keySet());
            Set<String> options = got.get(String.join(" ", with(e.getKey(), "-")));
            for (OptionSpec o : e.getValue().getCommandSpec().options()) {
                assertThat(options).as("'-' Tab after 'portdrill %s'", at).contains(o.names());
            }
        }
    }

    private static List<String> with(List<String> path, String last) {
        List<String> words = new ArrayList<>(path);
        words.add(last);
        return words;
    }

    private static void collect(CommandLine command, List<String> path, Map<List<String>, CommandLine> out) {
        out.put(List.copyOf(path), command);
        for (Map.Entry<String, CommandLine> sub : command.getSubcommands().entrySet()) {
            path.add(sub.getKey());
            collect(sub.getValue(), path, out);
            path.remove(path.size() - 1);
        }
    }

    private static Map<String, Set<String>> complete(List<List<String>> queries) throws Exception {
        assumeTrue(Installed.runs("bash", "-c", "true"), "bash is not installed here");
        return complete(List.of("bash", "--norc", "--noprofile", "-c"), script, "", queries);
    }

    /**
     * Runs one shell that sources the script and, for each query (the words after {@code portdrill}, the last being
     * the one Tab completes), calls the completion function as bash would; returns the candidates by query.
     */
    private static Map<String, Set<String>> complete(List<String> shell, Path script, String setup,
            List<List<String>> queries) throws Exception {
        StringBuilder driver = new StringBuilder("source '" + script + "'\n").append(setup)
                .append("q() { COMP_WORDS=(\"$@\"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); COMP_LINE=\"$*\";"
                        + " COMP_POINT=${#COMP_LINE}; COMPREPLY=(); _complete_portdrill 2>/dev/null;"
                        + " printf '%s\\n' \"@@ $*\" \"${COMPREPLY[@]}\"; }\n");
        for (List<String> q : queries) {
            driver.append("q portdrill");
            for (String w : q) {
                driver.append(" '").append(w).append('\'');
            }
            driver.append('\n');
        }
        List<String> command = new ArrayList<>(shell);
        command.add(driver.toString());
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("HOME", tmp.toString()); // zsh's compinit writes its dump file there
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        Map<String, Set<String>> byQuery = new LinkedHashMap<>();
        Set<String> current = null;
        for (String line : out.split("\n", -1)) {
            if (line.startsWith("@@ portdrill ")) {
                current = new LinkedHashSet<>();
                byQuery.put(line.substring("@@ portdrill ".length()), current);
            } else if (current != null && !line.isEmpty()) {
                current.add(line.strip());
            }
        }
        assertThat(byQuery).as("an answer for every query").hasSize(queries.size());
        return byQuery;
    }
}
