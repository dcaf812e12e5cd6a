package com.portdrill.cli;

import com.portdrill.deck.Deck;
import com.portdrill.deck.NameIndex;
import com.portdrill.i18n.Message;
import com.portdrill.plain.PlainMode;
import com.portdrill.session.AnswerMode;
import com.portdrill.session.QuizResult;
import com.portdrill.session.QuizSession;
import com.portdrill.store.QuizResultsFile;
import com.portdrill.store.StoreException;

import java.util.concurrent.Callable;

/** {@code portdrill quiz}: answer as many as you can before the time runs out; personal bests are kept. */
public final class QuizCommand implements Callable<Integer> {
    static final int MAX_SECONDS = 3600;

    PortdrillCommand parent;

    String deck;

    String kind;

    int seconds = QuizSession.DEFAULT_SECONDS;

    AnswerMode mode = AnswerMode.TYPED;

    @Override
    public Integer call() {
        if (seconds < 1 || seconds > MAX_SECONDS) {
            throw UserError.usage("--seconds is 1 to " + MAX_SECONDS + ", not " + seconds);
        }
        if (mode == AnswerMode.FLIP) {
            throw UserError.usage("a quiz is typed or choice; flip cards are for 'portdrill study --mode flip'");
        }
        ChosenDeck chosen = ChosenDeck.start(parent.global.decksDir(), deck, parent.global.dataDir());
        try (SessionShell shell = SessionShell.open(parent.global)) {
            Deck whole = chosen.load(shell).get();
            Deck d = KindOption.apply(whole, kind);
            NameIndex names = NameIndex.of(whole.cards());
            // The clock starts when the first question is shown, not while progress and decks load.
            return shell.run(() -> plain(shell, d, names),
                    () -> shell.fullScreen(QuizSession.start(d.name(), d.cards(), seconds, mode, shell.clock().instant(),
                            shell.random()), d, names));
        }
    }

    private int plain(SessionShell shell, Deck d, NameIndex names) {
        QuizResultsFile.Loaded previous;
        try {
            previous = QuizResultsFile.load(parent.global.dataDir(), shell.clock());
        } catch (StoreException e) {
            throw UserError.failure(e.getMessage());
        }
        previous.warning().ifPresent(shell::warn);
        PlainMode plain = shell.plain();
        plain.say(shell.messages().get(Message.QUIZ_START, seconds, d.name(), Modes.describe(mode, shell.messages())));
        QuizSession quiz = QuizSession.start(d.name(), d.cards(), seconds, mode, shell.clock().instant(), shell.random());
        QuizResult result = plain.runQuiz(quiz, previous.results(), names);
        if (result.answered() > 0) {
            try {
                QuizResultsFile.append(parent.global.dataDir(), result, shell.clock());
            } catch (StoreException e) {
                shell.warn(e.getMessage());
            }
        }
        return ExitCode.OK;
    }
}
