package com.portdrill.cli;

import com.portdrill.launch.Wanted;
import com.portdrill.session.AnswerMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

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
            return shell.launch(new Wanted.Missed(shell.allCards(), mode));
        }
    }
}
