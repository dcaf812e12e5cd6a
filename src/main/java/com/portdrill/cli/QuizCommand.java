package com.portdrill.cli;

import com.portdrill.deck.Deck;
import com.portdrill.launch.Wanted;
import com.portdrill.session.AnswerMode;
import com.portdrill.session.QuizSession;

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
        ChosenDeck chosen = ChosenDeck.start(parent.global.decksDir(), deck, parent.global.dataDir(),
                parent.likelyDeck);
        try (SessionShell shell = SessionShell.open(parent.global)) {
            Deck whole = chosen.load(shell).get();
            return shell.launch(new Wanted.Quiz(whole, KindOption.apply(whole, kind), mode, seconds, shell.quizResults()));
        }
    }
}
