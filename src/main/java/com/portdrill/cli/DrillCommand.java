package com.portdrill.cli;

import com.portdrill.deck.Deck;
import com.portdrill.deck.DeckBuilder;
import com.portdrill.launch.Wanted;

import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code portdrill drill}: rapid fire over the well-known ports, weakest first, until you stop. */
public final class DrillCommand implements Callable<Integer> {
    static final String DEFAULT_DECK = DeckBuilder.WELL_KNOWN;

    PortdrillCommand parent;

    final StudyOptions options = new StudyOptions();

    @Override
    public Integer call() {
        String from = options.deck != null ? options.deck
                : options.kind != null ? StudyCommand.DEFAULT_DECK : DEFAULT_DECK;
        DeckLoad load = DeckLoad.start(parent.global.decksDir(), from, Optional.empty());
        try (SessionShell shell = SessionShell.open(parent.global, parent.around)) {
            Deck whole = load.get();
            return shell.launch(new Wanted.Drill(whole, KindOption.apply(whole, options.kind), options.mode,
                    options.kind != null));
        }
    }
}
