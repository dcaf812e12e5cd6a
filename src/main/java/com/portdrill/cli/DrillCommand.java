package com.portdrill.cli;

import com.portdrill.deck.Card;
import com.portdrill.deck.Deck;
import com.portdrill.deck.NameIndex;
import com.portdrill.deck.DeckBuilder;
import com.portdrill.i18n.Message;
import com.portdrill.plain.PlainMode;
import com.portdrill.session.AnswerMode;
import com.portdrill.session.DrillSession;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code portdrill drill}: rapid fire over the well-known ports, weakest first, until you stop. */
public final class DrillCommand implements Callable<Integer> {
    static final String DEFAULT_DECK = DeckBuilder.WELL_KNOWN;

    PortdrillCommand parent;

    String deck;

    String kind;

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
