package com.portdrill.cli;

import com.portdrill.deck.Card;
import com.portdrill.i18n.Message;
import com.portdrill.i18n.Messages;
import com.portdrill.launch.Launch;
import com.portdrill.launch.Launcher;
import com.portdrill.launch.Wanted;
import com.portdrill.plain.PlainMode;
import com.portdrill.session.QuizResult;
import com.portdrill.session.QuizSession;
import com.portdrill.session.Session;
import com.portdrill.store.QuizResultsFile;
import com.portdrill.store.StoreException;
import com.portdrill.text.Sanitize;
import com.portdrill.tui.term.EarlyTerminal;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.IntSupplier;

/**
 * A study command's shell around the {@link Context}: the terminal, found out and opened while the rest loads
 * (unless {@code --plain} was given), the plain front end, and the run of a launched session in one or the other.
 */
final class SessionShell implements AutoCloseable {
    private final Context context;
    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;
    /** The terminal being opened, or null under {@code --plain}. */
    private final EarlyTerminal terminal;
    /** Where plain mode reads its lines. */
    private final Surroundings around;

    private SessionShell(Context context, EarlyTerminal terminal, Surroundings around) {
        this.context = context;
        this.around = around;
        this.messages = Messages.of(context.lang());
        this.out = System.out;
        this.err = System.err;
        this.terminal = terminal;
    }

    /**
     * Opens the context on the clock {@code around} gives (one-line warnings to standard error) while the terminal
     * opens; plain mode will read the lines it gives.
     */
    static SessionShell open(GlobalOptions global, Surroundings around) {
        EarlyTerminal terminal = global.plainRequested() ? null : around.terminal();
        Context context;
        try {
            context = Context.forSession(global, around.clock());
        } catch (RuntimeException e) {
            if (terminal != null) {
                terminal.close();
            }
            throw e;
        }
        SessionShell shell = new SessionShell(context, terminal, around);
        context.takeWarnings().forEach(shell::warn);
        return shell;
    }

    /** The deck chosen in Settings, as the settings file was read when the shell opened. */
    Optional<String> savedDeck() {
        return context.saved().deck();
    }

    Context context() {
        return context;
    }

    /**
     * Launches {@code wanted} and runs it in plain mode where that is used (asked for, standard input or output not
     * a terminal, or a dumb terminal), else full screen; nothing to do is one line, and a success.
     */
    int launch(Wanted wanted) {
        Launch launch = Launcher.launch(wanted, context.footing(context.active().parameters()));
        launch.goneLine(messages).ifPresent(this::warn);
        if (launch instanceof Launch.Nothing nothing) {
            plain().say(nothing.text(messages));
            return ExitCode.OK;
        }
        Launch.Ready ready = (Launch.Ready) launch;
        return run(() -> plain(ready),
                () -> FullScreen.session(context, ready, new PrintWriter(System.err, true), terminal));
    }

    private int run(IntSupplier plain, IntSupplier screen) {
        return terminal == null || terminal.unavailable().isPresent() ? plain.getAsInt() : screen.getAsInt();
    }

    private int plain(Launch.Ready ready) {
        PlainMode plain = plain();
        plain.say(ready.startLine(messages));
        switch (ready.kind()) {
            case QUIZ:
                QuizResult result = plain.runQuiz((QuizSession) ready.session(), ready.previous(), ready.names());
                if (result.answered() > 0) {
                    try {
                        QuizResultsFile.append(context.global().dataDir(), result, context.clock());
                    } catch (StoreException e) {
                        warn(e.getMessage());
                    }
                }
                break;
            case REVIEW:
                Session end = plain.run(ready.session(), ready.names());
                if (end.current().isEmpty()) {
                    plain.say(messages.get(Message.REVIEW_DONE));
                }
                break;
            default:
                plain.run(ready.session(), ready.names());
        }
        return ExitCode.OK;
    }

    private PlainMode plain() {
        return new PlainMode(around.lines(), out, err, messages, new StoreRecorder(context.store()),
                context.clock());
    }

    /** Earlier quiz results, for personal bests; a damaged file is one line and counts as none, a refused one fails. */
    List<QuizResult> quizResults() {
        List<QuizResult> results;
        try {
            results = context.quizResults();
        } catch (StoreException e) {
            throw UserError.failure(e.getMessage());
        }
        context.takeWarnings().forEach(this::warn);
        return results;
    }

    /** Every card the decks hold, for the misses; a deck that cannot be read is one line, and its cards skipped. */
    List<Card> allCards() {
        List<Card> cards = context.allCards("its missed cards are skipped");
        context.takeWarnings().forEach(this::warn);
        return cards;
    }

    /** One line to standard error, sanitised. */
    void warn(String line) {
        err.println("portdrill: " + Sanitize.forTerminal(line));
        err.flush();
    }

    /**
     * Closes a terminal opened but not used, then the store; answers it still could not save are a failure the
     * user must hear of (exit 1).
     */
    @Override
    public void close() {
        if (terminal != null) {
            terminal.close();
        }
        context.close();
    }
}
