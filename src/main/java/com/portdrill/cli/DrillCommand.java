package com.portdrill.cli;

import com.portdrill.deck.Deck;
import com.portdrill.deck.DeckBuilder;
import com.portdrill.launch.Wanted;
import com.portdrill.session.AnswerMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.concurrent.Callable;

/** {@code portdrill drill}: rapid fire over the well-known ports, weakest first, until you stop. */
@Command(name = "drill", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Rapid fire over the well-known ports (0-1023) the tiers teach, weakest first, until you stop.")
public final class DrillCommand implements Callable<Integer> {
    static final String DEFAULT_DECK = DeckBuilder.WELL_KNOWN;

    @ParentCommand
    PortdrillCommand parent;

    @Option(names = "--deck", paramLabel = "D", completionCandidates = DeckNames.class,
            description = "Drill this deck instead (any port range); default: the well-known ports of " + DEFAULT_DECK + ".")
    String deck;

    @Option(names = "--kind", paramLabel = "K", description = KindOption.DESCRIPTION
            + " Without --deck, a kind is drilled from " + StudyCommand.DEFAULT_DECK + ", since the well-known pool holds pairs only.")
    String kind;

    @Option(names = "--mode", paramLabel = "typed|choice|flip", description = "How to answer (default: typed).")
    AnswerMode mode = AnswerMode.TYPED;

    @Override
    public Integer call() {
        String from = deck != null ? deck : kind != null ? StudyCommand.DEFAULT_DECK : DEFAULT_DECK;
        DeckLoad load = DeckLoad.start(parent.global.decksDir(), from);
        try (SessionShell shell = SessionShell.open(parent.global)) {
            Deck whole = load.get();
            return shell.launch(new Wanted.Drill(whole, KindOption.apply(whole, kind), mode, kind != null));
        }
    }
}
