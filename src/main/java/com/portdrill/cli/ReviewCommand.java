package com.portdrill.cli;

import com.portdrill.i18n.Message;
import com.portdrill.deck.Card;
import com.portdrill.deck.Deck;
import com.portdrill.plain.PlainMode;
import com.portdrill.session.AnswerMode;
import com.portdrill.session.MissedCards;
import com.portdrill.session.ReviewSession;
import com.portdrill.session.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code portdrill review}: the cards last answered wrong or close, until each is answered right. */
@Command(name = "review", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Go over the ports you missed, most recent and most often first, until each is answered right.")
public final class ReviewCommand implements Callable<Integer> {
    @ParentCommand
    PortdrillCommand parent;

    @Option(names = "--mode", paramLabel = "typed|choice|flip", description = "How to answer (default: typed).")
    AnswerMode mode = AnswerMode.TYPED;

    @Override
    public Integer call() {
        try (SessionShell shell = SessionShell.open(parent.global)) {
            List<Card> cards = missedCards(shell);
            if (cards.isEmpty()) {
                shell.plain().say(shell.messages().get(Message.REVIEW_NOTHING));
                return ExitCode.OK;
            }
            ReviewSession session = ReviewSession.start(cards, mode, shell.random());
            return shell.run(() -> plain(shell, session),
                    () -> shell.fullScreen(session, Message.MENU_REVIEW.in(shell.messages().lang())));
        }
    }

    private int plain(SessionShell shell, ReviewSession session) {
        PlainMode plain = shell.plain();
        plain.say(shell.messages().get(Message.REVIEW_START, session.remaining(), Modes.describe(mode, shell.messages())));
        Session end = plain.run(session);
        if (end.current().isEmpty()) {
            plain.say(shell.messages().get(Message.REVIEW_DONE));
        }
        return ExitCode.OK;
    }

    /** The missed cards in review order, as the decks hold them now; one line for those no deck holds any more. */
    private static List<Card> missedCards(SessionShell shell) {
        List<MissedCards.Missed> missed = MissedCards.of(shell.store().reviews());
        if (missed.isEmpty()) {
            return List.of();
        }
        Map<String, Card> byId = new HashMap<>();
        for (Deck d : shell.allDecks()) {
            d.cards().forEach(c -> byId.putIfAbsent(c.id(), c));
        }
        List<Card> cards = new ArrayList<>();
        for (MissedCards.Missed m : missed) {
            Card c = byId.get(m.cardId());
            if (c != null) {
                cards.add(c);
            }
        }
        if (cards.size() < missed.size()) {
            shell.warn(shell.messages().get(Message.MISSED_CARDS_GONE, missed.size() - cards.size()));
        }
        return cards;
    }
}
