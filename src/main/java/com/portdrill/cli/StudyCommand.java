package com.portdrill.cli;

import com.portdrill.deck.Deck;
import com.portdrill.deck.NameIndex;
import com.portdrill.i18n.Message;
import com.portdrill.plain.PlainMode;
import com.portdrill.session.AnswerMode;
import com.portdrill.session.StudyPlan;
import com.portdrill.session.StudySession;
import com.portdrill.tui.Choices;

import java.util.concurrent.Callable;

/** {@code portdrill study}: a spaced-repetition session, due cards first, then new cards up to the day's limit. */
public final class StudyCommand implements Callable<Integer> {
    static final String DEFAULT_DECK = Choices.DEFAULT_DECK;

    PortdrillCommand parent;

    String deck;

    String kind;

    AnswerMode mode = AnswerMode.TYPED;

    int limit = StudyPlan.DEFAULT_NEW_LIMIT;

    @Override
    public Integer call() {
        if (limit < 0) {
            throw UserError.usage("--limit is a number of new cards a day, 0 or more, not " + limit);
        }
        ChosenDeck chosen = ChosenDeck.start(parent.global.decksDir(), deck, parent.global.dataDir());
        try (SessionShell shell = SessionShell.open(parent.global)) {
            Deck whole = chosen.load(shell).get();
            Deck d = KindOption.apply(whole, kind);
            // The whole deck's names: a port-to-service session still knows 993 secures 143 from a counterpart card.
            NameIndex names = NameIndex.of(whole.cards());
            StudyPlan plan = StudyPlan.of(d, shell.states(), shell.store().reviews(), limit, shell.clock().instant(),
                    shell.clock().getZone(), shell.random());
            if (plan.cards().isEmpty()) {
                shell.plain().say(shell.messages().get(Message.STUDY_NOTHING, d.name()));
                return ExitCode.OK;
            }
            StudySession session = StudySession.start(plan, mode, shell.states(), shell.scheduler(), shell.random());
            return shell.run(() -> plain(shell, d, plan, session, names), () -> shell.fullScreen(session, d, names));
        }
    }

    private int plain(SessionShell shell, Deck d, StudyPlan plan, StudySession session, NameIndex names) {
        PlainMode plain = shell.plain();
        plain.say(shell.messages().get(Message.STUDY_START, d.name(), plan.due().size(), plan.fresh().size(),
                Modes.describe(mode, shell.messages())));
        plain.run(session, names);
        return ExitCode.OK;
    }
}
