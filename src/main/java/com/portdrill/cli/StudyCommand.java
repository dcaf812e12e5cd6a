package com.portdrill.cli;

import com.portdrill.deck.Deck;
import com.portdrill.launch.Wanted;
import com.portdrill.session.AnswerMode;
import com.portdrill.session.StudyPlan;
import com.portdrill.tui.Choices;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** {@code portdrill study}: a spaced-repetition session, due cards first, then new cards up to the day's limit. */
@Command(name = "study", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "A spaced-repetition session: the cards due, then new cards up to a daily limit.")
public final class StudyCommand implements Callable<Integer> {
    static final String DEFAULT_DECK = Choices.DEFAULT_DECK;

    @ParentCommand
    PortdrillCommand parent;

    @Option(names = "--deck", paramLabel = "D", completionCandidates = DeckNames.class, description = "The deck to study (default: the one chosen in Settings, "
            + DEFAULT_DECK + " until one is chosen; see 'portdrill decks list').")
    String deck;

    @Option(names = "--kind", paramLabel = "K", description = KindOption.DESCRIPTION)
    String kind;

    @Option(names = "--mode", paramLabel = "typed|choice|flip", description = "How to answer (default: typed).")
    AnswerMode mode = AnswerMode.TYPED;

    @Option(names = "--limit", paramLabel = "N", description = "New cards a day (default: " + StudyPlan.DEFAULT_NEW_LIMIT + ").")
    int limit = StudyPlan.DEFAULT_NEW_LIMIT;

    @Override
    public Integer call() {
        if (limit < 0) {
            throw UserError.usage("--limit is a number of new cards a day, 0 or more, not " + limit);
        }
        ChosenDeck chosen = ChosenDeck.start(parent.global.decksDir(), deck, parent.global.dataDir());
        try (SessionShell shell = SessionShell.open(parent.global)) {
            Deck whole = chosen.load(shell).get();
            return shell.launch(new Wanted.Study(whole, KindOption.apply(whole, kind), mode, limit));
        }
    }
}
