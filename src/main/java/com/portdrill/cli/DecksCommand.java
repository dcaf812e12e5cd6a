package com.portdrill.cli;

import com.portdrill.i18n.Message;
import com.portdrill.i18n.Lang;
import com.portdrill.deck.Deck;
import com.portdrill.store.DeckFileException;
import com.portdrill.store.DeckFiles;
import com.portdrill.text.DisplayWidth;
import com.portdrill.text.Sanitize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code portdrill decks build|check|list}: the committed decks and the code that builds them. */
@Command(name = "decks", mixinStandardHelpOptions = true,
        description = "Build, check or list the decks under decks/ (or --decks-dir).",
        subcommands = {DecksCommand.Build.class, DecksCommand.Check.class, DecksCommand.ListDecks.class})
public final class DecksCommand {
    @ParentCommand
    PortdrillCommand root;

    GlobalOptions global() {
        return root.global;
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Build every deck from the catalogue and write decks/ (reproducible: same bytes each time).")
    static final class Build implements Callable<Integer> {
        @ParentCommand
        DecksCommand decks;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Path dir = decks.global().decksDir();
            List<Deck> built = BuiltDecks.build();
            try {
                DeckFiles.writeAll(dir, built);
            } catch (DeckFileException e) {
                throw UserError.failure(e.getMessage());
            }
            PrintWriter out = spec.commandLine().getOut();
            for (Deck d : built) {
                out.println(d.name() + ".json: " + d.cards().size() + " cards");
            }
            out.println(Message.DECKS_WROTE.in(Lang.orEnglish(decks.global().lang()), built.size(), dir));
            out.flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true,
            description = "Exit 1 when decks/ differs from what the catalogue builds.")
    static final class Check implements Callable<Integer> {
        @ParentCommand
        DecksCommand decks;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Path dir = decks.global().decksDir();
            List<Deck> built = BuiltDecks.build();
            List<String> differences;
            try {
                differences = DeckFiles.differences(dir, built);
            } catch (DeckFileException e) {
                throw UserError.failure(e.getMessage());
            }
            if (!differences.isEmpty()) {
                throw UserError.failure(dir + " differs from what the catalogue builds: " + String.join("; ", differences)
                        + "; run 'portdrill decks build'");
            }
            spec.commandLine().getOut().println(dir + " is up to date (" + built.size() + " decks)");
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the decks with their card counts, and how many of each kind of question each holds.")
    static final class ListDecks implements Callable<Integer> {
        @ParentCommand
        DecksCommand decks;
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Path dir = decks.global().decksDir();
            List<DeckFiles.Summary> summaries;
            try {
                summaries = DeckFiles.list(dir);
            } catch (DeckFileException e) {
                throw UserError.failure(e.getMessage());
            }
            if (summaries.isEmpty()) {
                throw UserError.failure("no decks in " + dir + "; run 'portdrill decks build'");
            }
            // The tiers in the order a learner climbs them, then any other deck by name.
            summaries = summaries.stream().sorted(ClimbOrder.DECKS).toList();
            boolean zh = decks.global().lang() == Lang.ZH;
            int width = summaries.stream().mapToInt(s -> s.name().length()).max().orElse(0);
            PrintWriter out = spec.commandLine().getOut();
            for (DeckFiles.Summary s : summaries) {
                String name = s.name() + " ".repeat(width - DisplayWidth.of(s.name()));
                out.printf("%s  %5d  %s%n", name, s.cards(), Sanitize.forTerminal(zh ? s.titleZh() : s.titleEn()));
                // Per kind on a line of its own, so the line above reads as before for scripts.
                out.printf("%s  %s%n", " ".repeat(width + 5), s.kinds().entrySet().stream()
                        .map(k -> k.getKey().code() + " " + k.getValue()).collect(Collectors.joining(", ")));
            }
            out.flush();
            return ExitCode.OK;
        }
    }
}
