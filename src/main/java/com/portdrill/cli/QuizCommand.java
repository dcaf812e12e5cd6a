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

    final StudyOptions options = new StudyOptions();

    int seconds = QuizSession.DEFAULT_SECONDS;

    @Override
    public Integer call() {
        if (seconds < 1 || seconds > MAX_SECONDS) {
            throw UserError.usage("--seconds is 1 to " + MAX_SECONDS + ", not " + seconds);
        }
        if (options.mode == AnswerMode.FLIP) {
            throw UserError.usage("a quiz is typed or choice; flip cards are for 'portdrill study --mode flip'");
        }
        ChosenDeck chosen = ChosenDeck.start(parent.global.decksDir(), options.deck, parent.global.dataDir(),
                parent.likelyDeck);
        try (SessionShell shell = SessionShell.open(parent.global, parent.around)) {
            Deck whole = chosen.load(shell).get();
            return shell.launch(new Wanted.Quiz(whole, KindOption.apply(whole, options.kind), options.mode, seconds,
                    shell.quizResults()));
        }
    }
}
