package com.portdrill.cli;

import com.portdrill.deck.Card;
import com.portdrill.deck.Deck;
import com.portdrill.i18n.Message;
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
            return Interaction.run(parent.global, () -> plain(shell), () -> plain(shell));
        }
    }

    private int plain(SessionShell shell) {
        List<MissedCards.Missed> missed = MissedCards.of(shell.store().reviews());
        PlainMode plain = shell.plain();
        if (missed.isEmpty()) {
            plain.say(shell.messages().get(Message.REVIEW_NOTHING));
            return ExitCode.OK;
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
        if (cards.isEmpty()) {
            plain.say(shell.messages().get(Message.REVIEW_NOTHING));
            return ExitCode.OK;
        }
        plain.say(shell.messages().get(Message.REVIEW_START, cards.size(), Modes.describe(mode, shell.messages())));
        Session end = plain.run(ReviewSession.start(cards, mode, shell.random()));
        if (end.current().isEmpty()) {
            plain.say(shell.messages().get(Message.REVIEW_DONE));
        }
        return ExitCode.OK;
    }
}
