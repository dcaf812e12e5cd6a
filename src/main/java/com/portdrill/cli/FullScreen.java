package com.portdrill.cli;

import com.portdrill.launch.Launch;
import com.portdrill.tui.StudyScreen;
import com.portdrill.text.Sanitize;
import com.portdrill.tui.MenuScreen;
import com.portdrill.tui.Msg;
import com.portdrill.tui.Screen;
import com.portdrill.tui.term.EarlyTerminal;
import com.portdrill.tui.term.TerminalUi;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;

/** Runs the full-screen interface for a command on the terminal opened for it. */
final class FullScreen {
    private FullScreen() {
    }

    /**
     * Runs the menu on the terminal {@code early} opened, until the user leaves; {@code deck} is the saved deck, read
     * ahead for the counts its first frame shows.
     */
    static int menu(GlobalOptions global, Clock clock, PrintWriter err, EarlyTerminal early, DeckLoad deck) {
        try (UiServices services = UiServices.forMenu(global, clock, deck)) {
            return run(services, err, early, new Msg.Opened(MenuScreen.start()));
        }
    }

    /**
     * The full screen for a session a command has launched, on its context: the entry the study, quiz, review and
     * drill commands take when not in plain mode. Esc on the session leaves the command.
     */
    static int session(Context context, Launch.Ready ready, PrintWriter err, EarlyTerminal early) {
        try (UiServices services = UiServices.forSession(context)) {
            return run(services, err, early, new Msg.Opened(StudyScreen.of(ready.session(),
                    ready.title(context.lang()), ready.previous(), context.clock().instant(), ready.names())));
        }
    }

    private static int run(UiServices services, PrintWriter err, EarlyTerminal early, Msg opened) {
        if (!(opened instanceof Msg.Opened)) {
            throw UserError.failure(opened instanceof Msg.Notice ? ((Msg.Notice) opened).message()
                    : "the screen could not be opened");
        }
        Screen screen = ((Msg.Opened) opened).screen();
        boolean interrupted;
        try {
            interrupted = TerminalUi.run(early, screen, services.settings(), services);
        } catch (IOException e) {
            throw UserError.failure("cannot use this terminal (" + e.getMessage() + "); try --plain");
        } finally {
            for (String warning : services.warnings()) {
                err.println("portdrill: " + Sanitize.forTerminal(warning));
            }
            err.flush();
        }
        return interrupted ? ExitCode.INTERRUPTED : ExitCode.OK;
    }
}
