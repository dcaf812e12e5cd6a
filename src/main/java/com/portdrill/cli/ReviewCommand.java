package com.portdrill.cli;

import com.portdrill.launch.Wanted;
import com.portdrill.session.AnswerMode;

import java.util.concurrent.Callable;

/** {@code portdrill review}: the cards last answered wrong or close, until each is answered right. */
public final class ReviewCommand implements Callable<Integer> {
    PortdrillCommand parent;

    AnswerMode mode = AnswerMode.TYPED;

    @Override
    public Integer call() {
        try (SessionShell shell = SessionShell.open(parent.global, parent.around)) {
            return shell.launch(new Wanted.Missed(shell.allCards(), mode));
        }
    }
}
