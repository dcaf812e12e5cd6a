package com.portdrill.cli;

import java.io.PrintWriter;
import com.portdrill.session.Session;
import com.portdrill.deck.Deck;
import com.portdrill.deck.NameIndex;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Messages;
import com.portdrill.plain.LineSource;
import com.portdrill.plain.PlainMode;
import com.portdrill.srs.CardState;
import com.portdrill.srs.Parameters;
import com.portdrill.srs.Scheduler;
import com.portdrill.session.Scheduling;
import com.portdrill.store.DeckFileException;
import com.portdrill.store.DeckFiles;
import com.portdrill.store.FsrsReviewFold;
import com.portdrill.store.ProgressStore;
import com.portdrill.store.SettingsFile;
import com.portdrill.store.StoreException;
import com.portdrill.text.Sanitize;
import com.portdrill.tui.term.EarlyTerminal;

import java.io.PrintStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntSupplier;
import java.util.random.RandomGenerator;

/**
 * What every interactive command needs, opened once: the language (from {@code --lang}, remembered, or the
 * saved setting), the progress store under its lock, the card states, the seed, the plain front end, and,
 * unless {@code --plain} was given, the terminal, found out and opened while the rest loads.
 */
final class SessionShell implements AutoCloseable {
    private final GlobalOptions global;
    private final Clock clock;
    private final Messages messages;
    private final ProgressStore store;
    private final Map<String, CardState> states;
    private final RandomGenerator random;
    private final PrintStream out;
    private final PrintStream err;
    /** The terminal being opened, or null under {@code --plain}. */
    private final EarlyTerminal terminal;
    /** The settings file as read at the start, for the full screen's colour. */
    private final SettingsFile.Settings saved;
    /** The FSRS parameters this learner schedules with. */
    private final Parameters parameters;

    private SessionShell(GlobalOptions global, Clock clock, Messages messages, ProgressStore store,
                         RandomGenerator random, EarlyTerminal terminal, SettingsFile.Settings saved,
                         Parameters parameters) {
        this.global = global;
        this.clock = clock;
        this.messages = messages;
        this.store = store;
        this.parameters = parameters;
        this.states = store.cardStates(new FsrsReviewFold(parameters));
        this.random = random;
        this.out = System.out;
        this.err = System.err;
        this.terminal = terminal;
        this.saved = saved;
    }

    /** Opens the store (one-line warnings to standard error) and settles the language and the seed. */
    static SessionShell open(GlobalOptions global) {
        EarlyTerminal terminal = global.plainRequested() ? null : EarlyTerminal.start();
        Clock clock = Clock.systemDefaultZone();
        List<String> warnings = new ArrayList<>();
        Lang lang;
        ProgressStore.Opened opened;
        SettingsFile.Settings saved;
        Parameters parameters;
        try {
            // The store first: it checks the folder is usable before the settings file is read or written in it.
            opened = ProgressStore.open(global.dataDir(), clock);
            saved = SettingsFile.load(global.dataDir(), clock);
            saved.warning().ifPresent(warnings::add);
            lang = language(global, clock, saved, warnings);
        } catch (StoreException e) {
            if (terminal != null) {
                terminal.close();
            }
            throw UserError.failure(e.getMessage());
        }
        try {
            parameters = SchedulingParameters.load(global, clock, warnings::add).parameters();
        } catch (UserError e) {
            if (terminal != null) {
                terminal.close();
            }
            opened.store().close();
            throw e;
        }
        warnings.addAll(opened.warnings());
        for (String w : warnings) {
            System.err.println("portdrill: " + Sanitize.forTerminal(w));
        }
        System.err.flush();
        RandomGenerator random = global.seed() != null ? new SplittableRandom(global.seed()) : new SplittableRandom();
        return new SessionShell(global, clock, Messages.of(lang), opened.store(), random, terminal, saved, parameters);
    }

    /** The deck chosen in Settings, as the settings file was read when the shell opened. */
    Optional<String> savedDeck() {
        return saved.deck();
    }

    /** {@code --lang} when given (and then remembered), else the saved setting, else English. */
    private static Lang language(GlobalOptions global, Clock clock, SettingsFile.Settings saved, List<String> warnings) {
        Lang lang = global.lang();
        if (lang != null) {
            try {
                SettingsFile.saveLang(global.dataDir(), lang, clock);
            } catch (StoreException e) {
                warnings.add(e.getMessage());
            }
            return lang;
        }
        return saved.lang().orElse(Lang.EN);
    }

    /** Every deck in the decks folder, by name. */
    List<Deck> allDecks() {
        List<Deck> decks = new ArrayList<>();
        try {
            for (String name : DeckFiles.deckNames(global.decksDir())) {
                decks.add(DeckFiles.load(global.decksDir(), name));
            }
        } catch (DeckFileException e) {
            throw UserError.failure(e.getMessage());
        }
        if (decks.isEmpty()) {
            throw UserError.failure("no decks in " + global.decksDir() + "; run 'portdrill decks build'");
        }
        return decks;
    }

    /**
     * Runs {@code plain} where plain mode is used (asked for, standard input or output not a terminal, or a dumb
     * terminal), else {@code screen}.
     */
    int run(IntSupplier plain, IntSupplier screen) {
        return terminal == null || terminal.unavailable().isPresent() ? plain.getAsInt() : screen.getAsInt();
    }

    PlainMode plain() {
        return new PlainMode(LineSource.of(System.in), out, err, messages, new StoreRecorder(store), clock);
    }

    /**
     * Runs a started session full screen on this shell's open store.
     *
     * @param names the names of the whole deck, whatever {@code --kind} kept of it for the session
     */
    int fullScreen(Session session, Deck deck, NameIndex names) {
        return fullScreen(session, UiServices.title(deck, messages.lang()), names);
    }

    /** Runs a started session on no deck of its own (the misses of every deck) full screen. */
    int fullScreen(Session session, String title) {
        return fullScreen(session, title, NameIndex.of(List.of()));
    }

    private int fullScreen(Session session, String title, NameIndex names) {
        return FullScreen.session(global, store, random, saved, session, title, names,
                new PrintWriter(System.err, true), terminal);
    }

    GlobalOptions global() {
        return global;
    }

    Clock clock() {
        return clock;
    }

    Messages messages() {
        return messages;
    }

    ProgressStore store() {
        return store;
    }

    Map<String, CardState> states() {
        return states;
    }

    /** The scheduler every session of this shell uses: the learner's parameters. */
    Scheduler scheduler() {
        return Scheduling.scheduler(parameters);
    }

    RandomGenerator random() {
        return random;
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
        try {
            store.close();
        } catch (StoreException e) {
            throw UserError.failure(e.getMessage());
        }
    }
}
