package com.portdrill.cli;

import com.portdrill.i18n.Message;
import com.portdrill.i18n.Lang;
import com.portdrill.deck.Deck;
import com.portdrill.store.DeckFileException;
import com.portdrill.store.DeckFiles;
import com.portdrill.text.DisplayWidth;
import com.portdrill.text.Sanitize;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code portdrill decks build|check|list}: the committed decks and the code that builds them. */
public final class DecksCommand {
    PortdrillCommand root;

    GlobalOptions global() {
        return root.global;
    }

    /** One of build, check and list: picocli calls it with the deck folder's options read, and it runs its action. */
    static final class Subcommand implements Callable<Integer> {
        private final DecksCommand decks;
        private final Action action;
        CommandSpec spec;

        Subcommand(DecksCommand decks, Action action) {
            this.decks = decks;
            this.action = action;
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            action.run(decks.global(), decks.global().decksDir(), out);
            out.flush();
            return ExitCode.OK;
        }
    }

    /** What a subcommand does with the deck folder; a failure is a {@link UserError}. */
    @FunctionalInterface
    interface Action {
        void run(GlobalOptions global, Path dir, PrintWriter out);
    }

    static void build(GlobalOptions global, Path dir, PrintWriter out) {
        List<Deck> built = BuiltDecks.build();
        onDeckFiles(() -> {
            DeckFiles.writeAll(dir, built);
            return built;
        });
        for (Deck d : built) {
            out.println(d.name() + ".json: " + d.cards().size() + " cards");
        }
        out.println(Message.DECKS_WROTE.in(Lang.orEnglish(global.lang()), built.size(), dir));
    }

    static void check(GlobalOptions global, Path dir, PrintWriter out) {
        List<Deck> built = BuiltDecks.build();
        List<String> differences = onDeckFiles(() -> DeckFiles.differences(dir, built));
        if (!differences.isEmpty()) {
            throw UserError.failure(dir + " differs from what the catalogue builds: " + String.join("; ", differences)
                    + "; run 'portdrill decks build'");
        }
        out.println(dir + " is up to date (" + built.size() + " decks)");
    }

    static void list(GlobalOptions global, Path dir, PrintWriter out) {
        List<DeckFiles.Summary> summaries = onDeckFiles(() -> DeckFiles.list(dir));
        if (summaries.isEmpty()) {
            throw UserError.failure("no decks in " + dir + "; run 'portdrill decks build'");
        }
        // The tiers in the order a learner climbs them, then any other deck by name.
        summaries = summaries.stream().sorted(ClimbOrder.DECKS).toList();
        boolean zh = global.lang() == Lang.ZH;
        int width = summaries.stream().mapToInt(s -> s.name().length()).max().orElse(0);
        for (DeckFiles.Summary s : summaries) {
            String name = s.name() + " ".repeat(width - DisplayWidth.of(s.name()));
            out.printf("%s  %5d  %s%n", name, s.cards(), Sanitize.forTerminal(zh ? s.titleZh() : s.titleEn()));
            // Per kind on a line of its own, so the line above reads as before for scripts.
            out.printf("%s  %s%n", " ".repeat(width + 5), s.kinds().entrySet().stream()
                    .map(k -> k.getKey().code() + " " + k.getValue()).collect(Collectors.joining(", ")));
        }
    }

    /** Reads or writes the deck files; the message of a file that cannot be is the command's one-line failure. */
    private static <T> T onDeckFiles(DeckFileStep<T> step) {
        try {
            return step.run();
        } catch (DeckFileException e) {
            throw UserError.failure(e.getMessage());
        }
    }

    @FunctionalInterface
    private interface DeckFileStep<T> {
        T run() throws DeckFileException;
    }
}
