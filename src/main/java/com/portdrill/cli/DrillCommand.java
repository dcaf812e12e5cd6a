package com.portdrill.cli;

import com.portdrill.deck.Card;
import com.portdrill.deck.Deck;
import com.portdrill.deck.NameIndex;
import com.portdrill.deck.DeckBuilder;
import com.portdrill.i18n.Message;
import com.portdrill.plain.PlainMode;
import com.portdrill.session.AnswerMode;
import com.portdrill.session.DrillSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.List;
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
            Deck d = KindOption.apply(whole, kind);
            NameIndex names = NameIndex.of(whole.cards());
            List<Card> cards = DrillSession.cardsFor(d.cards(), deck == null && kind == null);
            if (cards.isEmpty()) {
                shell.plain().say(shell.messages().get(Message.DRILL_NOTHING, d.name()));
                return ExitCode.OK;
            }
            DrillSession session = DrillSession.start(cards, shell.states(), shell.scheduler(),
                    shell.clock().instant(), mode, shell.random());
            return shell.run(() -> plain(shell, d, cards, session, names), () -> shell.fullScreen(session, d, names));
        }
    }

    private int plain(SessionShell shell, Deck d, List<Card> cards, DrillSession session, NameIndex names) {
        PlainMode plain = shell.plain();
        plain.say(shell.messages().get(Message.DRILL_START, cards.size(), d.name(), Modes.describe(mode, shell.messages())));
        plain.run(session, names);
        return ExitCode.OK;
    }
}
