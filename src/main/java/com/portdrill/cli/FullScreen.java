package com.portdrill.cli;

import com.portdrill.i18n.Lang;
import com.portdrill.text.Sanitize;
import com.portdrill.tui.Msg;
import com.portdrill.tui.Screen;
import com.portdrill.tui.Settings;
import com.portdrill.tui.term.TerminalUi;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/** Starts the full-screen interface for a command, or says in one line why plain mode is used instead. */
final class FullScreen {
    private FullScreen() {
    }

    /** Why this run cannot be full screen ({@code --plain}, not a terminal, TERM=dumb), or empty when it can. */
    static Optional<String> unavailable(GlobalOptions global) {
        if (global.plainRequested()) {
            return Optional.of("--plain was given");
        }
        return TerminalUi.unavailable();
    }

    /**
     * Runs the interface from the screen {@code first} builds (the menu, or a session's study screen), until the
     * user leaves. A screen that cannot be built ends the command with its one-line reason.
     */
    static int run(GlobalOptions global, PrintWriter err, Function<UiServices, Msg> first) {
        try (UiServices services = new UiServices(global, Clock.systemUTC())) {
            Msg opened = first.apply(services);
            if (!(opened instanceof Msg.Opened)) {
                throw UserError.failure(opened instanceof Msg.Notice ? ((Msg.Notice) opened).message()
                        : "the screen could not be opened");
            }
            Screen screen = ((Msg.Opened) opened).screen();
            try {
                TerminalUi.run(screen, settings(global), services);
            } catch (IOException e) {
                throw UserError.failure("cannot use this terminal (" + e.getMessage() + "); try --plain");
            } finally {
                for (String warning : services.warnings()) {
                    err.println("portdrill: " + Sanitize.forTerminal(warning));
                }
                err.flush();
            }
        }
        return ExitCode.OK;
    }

    static Settings settings(GlobalOptions global) {
        return new Settings(global.lang() == GlobalOptions.Lang.zh ? Lang.ZH : Lang.EN, global.color());
    }
}
