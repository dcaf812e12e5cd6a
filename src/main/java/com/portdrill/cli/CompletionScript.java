package com.portdrill.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A shell completion script made from picocli's model of the whole command tree, so that a command or option
 * added to the tree completes without anyone remembering to: picocli's generator writes it, after two things its
 * model cannot know are told to it. Answer modes complete in the lower case the README and help use (picocli
 * would offer {@code TYPED}; both parse), only those the option's label names ({@code quiz --mode typed|choice});
 * and a {@code --deck} that reads a deck (its candidates are {@link DeckNames}) completes the decks in the folder
 * of this run.
 */
final class CompletionScript {
    /** Where picocli's own script begins, after its header comment (which describes picocli's installation, not ours). */
    private static final String BODY_START = "if [ -n \"$BASH_VERSION\" ]; then";

    enum Shell { bash, zsh }

    private CompletionScript() {
    }

    /**
     * The script for {@code shell}, with the decks in {@code decksDir} offered wherever a deck is read. {@code tree}
     * is made for this script alone: the option values it is told are written into it.
     */
    static String of(Shell shell, CommandLine tree, Path decksDir) {
        List<String> deckNames = new ArrayList<>();
        new DeckNames(decksDir).forEach(deckNames::add);
        complete(tree, deckNames);
        String script = AutoComplete.bash("portdrill", tree);
        int body = script.indexOf(BODY_START);
        if (body < 0) {
            throw new IllegalStateException("picocli's completion script no longer starts with '" + BODY_START + "'");
        }
        return header(shell) + script.substring(body);
    }

    /**
     * Gives every command's own enum options their values in lower case and every option that reads a deck the deck
     * names, at every level. Global options stay as declared (their values are lower case already): one replaced at
     * the root would be copied again into every subcommand, beside the copy there.
     */
    private static void complete(CommandLine command, List<String> deckNames) {
        CommandSpec spec = command.getCommandSpec();
        for (OptionSpec option : List.copyOf(spec.options())) {
            if (option.scopeType() == ScopeType.INHERIT) {
                continue;
            }
            if (option.completionCandidates() instanceof DeckNames) {
                // No decks in this run's folder: no candidates rather than the default folder's.
                replace(spec, option, deckNames.isEmpty() ? null : deckNames);
            } else if (option.type().isEnum()) {
                replace(spec, option, enumValues(option));
            }
        }
        command.getSubcommands().values().forEach(sub -> complete(sub, deckNames));
    }

    private static void replace(CommandSpec spec, OptionSpec option, List<String> candidates) {
        spec.remove(option);
        spec.addOption(option.toBuilder().completionCandidates(candidates).build());
    }

    /** The values in lower case; only those the label names when it names some ({@code quiz --mode typed|choice}). */
    private static List<String> enumValues(OptionSpec option) {
        List<String> values = new ArrayList<>();
        for (Object constant : option.type().getEnumConstants()) {
            values.add(((Enum<?>) constant).name().toLowerCase(Locale.ROOT));
        }
        List<String> labelled = List.of(option.paramLabel().split("\\|"));
        return values.containsAll(labelled) ? labelled : values;
    }

    private static String header(Shell shell) {
        String install = shell == Shell.bash
                ? "# Install: add to ~/.bashrc the line\n#   source <(portdrill completion bash)\n"
                        + "# or save it once: portdrill completion bash > ~/.local/share/bash-completion/completions/portdrill\n"
                : "# Install: add to ~/.zshrc the line\n#   source <(portdrill completion zsh)\n"
                        + "# It runs through zsh's bashcompinit, which it loads (and compinit, if not loaded yet).\n";
        String run = shell == Shell.bash ? "bash" : "zsh";
        return "# " + run + " completion for portdrill: every command, subcommand and option, and the values of\n"
                + "# --mode, --lang and --deck, made by 'portdrill completion " + run + "' from its command tree (with\n"
                + "# picocli " + CommandLine.VERSION + "'s generator). Deck names are those in the decks folder when it was\n"
                + "# made: make it again after adding a deck.\n" + install + "\n";
    }
}
