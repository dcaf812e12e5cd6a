package com.portdrill.cli;

import com.portdrill.deck.Deck;
import com.portdrill.launch.Wanted;
import com.portdrill.session.StudyPlan;
import com.portdrill.tui.Choices;

import java.util.concurrent.Callable;

/** {@code portdrill study}: a spaced-repetition session, due cards first, then new cards up to the day's limit. */
public final class StudyCommand implements Callable<Integer> {
    static final String DEFAULT_DECK = Choices.DEFAULT_DECK;

    PortdrillCommand parent;

    final StudyOptions options = new StudyOptions();

    int limit = StudyPlan.DEFAULT_NEW_LIMIT;

    @Override
    public Integer call() {
        if (limit < 0) {
            throw UserError.usage("--limit is a number of new cards a day, 0 or more, not " + limit);
        }
        ChosenDeck chosen = ChosenDeck.start(parent.global.decksDir(), options.deck, parent.global.dataDir(),
                parent.likelyDeck);
        try (SessionShell shell = SessionShell.open(parent.global, parent.around)) {
            Deck whole = chosen.load(shell).get();
            return shell.launch(new Wanted.Study(whole, KindOption.apply(whole, options.kind), options.mode, limit));
        }
    }
}
