package com.portdrill.cli;

import com.portdrill.deck.Card;
import com.portdrill.i18n.Lang;
import com.portdrill.launch.Footing;
import com.portdrill.session.QuizResult;
import com.portdrill.session.Scheduling;
import com.portdrill.srs.CardState;
import com.portdrill.srs.Parameters;
import com.portdrill.stats.StatisticsInput;
import com.portdrill.store.FsrsCardStateFold;
import com.portdrill.store.ProgressStore;
import com.portdrill.store.QuizResultsFile;
import com.portdrill.store.SettingsFile;
import com.portdrill.store.StoreException;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;

/**
 * What the study commands, the menu and the statistics stand on, opened once: the progress store under its lock
 * (read-only for a report), the settings file as read at the start, the language, the clock and its zone, the seeded
 * random, the FSRS parameters and the warnings not yet told. The commands and the menu both launch sessions and
 * compute statistics from it, so the two cannot disagree.
 */
final class Context implements AutoCloseable {
    /** How the progress store is opened and whether {@code --lang} is remembered. */
    private enum Access {
        /** A session now: the store at once, under its lock; {@code --lang} remembered. */
        SESSION,
        /** The menu: the store when a screen first needs it (others still open while another copy studies). */
        MENU,
        /** Statistics: the store read-only, beside a copy that studies; nothing saved. */
        REPORT
    }

    private final GlobalOptions global;
    private final Clock clock;
    private final SettingsFile.Settings saved;
    private final Lang lang;
    private final RandomGenerator random;
    private final List<String> warnings;
    private SchedulingParameters.Active active;
    private ProgressStore store;

    private Context(GlobalOptions global, Clock clock, Access access, ProgressStore store, List<String> warnings) {
        this.global = global;
        this.clock = clock;
        this.store = store;
        this.warnings = warnings;
        this.saved = settings(global, clock, access, warnings);
        this.lang = language(global, clock, access, saved, warnings);
        this.active = SchedulingParameters.load(global, clock, warnings::add);
        this.random = global.seed() != null ? new SplittableRandom(global.seed()) : new SplittableRandom();
    }

    /** For a study command: the store is opened now, and a store or settings file it cannot use ends the command. */
    static Context forSession(GlobalOptions global, Clock clock) {
        return withStore(global, clock, Access.SESSION, ProgressStore::open);
    }

    /** For the menu: progress is opened (and locked) only when a screen first needs it. */
    static Context forMenu(GlobalOptions global, Clock clock) {
        return new Context(global, clock, Access.MENU, null, new ArrayList<>());
    }

    /** For statistics: progress read-only, so they work while another copy studies; the settings are never saved. */
    static Context forReport(GlobalOptions global, Clock clock) {
        return withStore(global, clock, Access.REPORT, ProgressStore::openReadOnly);
    }

    /** Opens the store first (it checks the folder is usable), then the rest; the store is closed if the rest fails. */
    private static Context withStore(GlobalOptions global, Clock clock, Access access,
                                     BiFunction<Path, Clock, ProgressStore.Opened> open) {
        ProgressStore.Opened opened;
        try {
            opened = open.apply(global.dataDir(), clock);
        } catch (StoreException e) {
            throw UserError.failure(e.getMessage());
        }
        try {
            return new Context(global, clock, access, opened.store(), new ArrayList<>(opened.warnings()));
        } catch (RuntimeException e) {
            opened.store().close();
            throw e instanceof StoreException ? UserError.failure(e.getMessage()) : e;
        }
    }

    /** The settings file; a report that cannot read it goes on with none and says why. */
    private static SettingsFile.Settings settings(GlobalOptions global, Clock clock, Access access, List<String> warnings) {
        try {
            SettingsFile.Settings s = SettingsFile.load(global.dataDir(), clock);
            s.warning().ifPresent(warnings::add);
            return s;
        } catch (StoreException e) {
            if (access != Access.REPORT) {
                throw e;
            }
            warnings.add(e.getMessage());
            return new SettingsFile.Settings(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                    OptionalInt.empty(), Optional.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty());
        }
    }

    /** The one language rule ({@link Languages#chosen}); a session or the menu remembers {@code --lang}. */
    private static Lang language(GlobalOptions global, Clock clock, Access access, SettingsFile.Settings saved,
                                 List<String> warnings) {
        Lang asked = global.lang();
        if (asked != null && access != Access.REPORT) {
            try {
                SettingsFile.saveLang(global.dataDir(), asked, clock);
            } catch (StoreException e) {
                warnings.add(e.getMessage());
            }
        }
        return Languages.chosen(global, saved);
    }

    GlobalOptions global() {
        return global;
    }

    Clock clock() {
        return clock;
    }

    /** The settings file as read when the context opened. */
    SettingsFile.Settings saved() {
        return saved;
    }

    /** {@code --lang} when given, else the saved setting, else English. */
    Lang lang() {
        return lang;
    }

    /** The FSRS parameters in use: the saved fit (else the defaults) and the desired retention. */
    SchedulingParameters.Active active() {
        return active;
    }

    /** The parameters with another desired retention (the menu's setting). */
    Parameters parameters(double retention) {
        Parameters p = active.parameters();
        return new Parameters(p.weights(), retention, p.maximumInterval(), p.enableShortTerm(), p.learningSteps(),
                p.relearningSteps());
    }

    /** Reads the parameters again, after the menu fitted new weights. */
    void reloadParameters() {
        active = SchedulingParameters.load(global, clock, warnings::add);
    }

    /** The progress store, opened under its lock on first use by the menu. */
    ProgressStore store() {
        if (store == null) {
            ProgressStore.Opened opened = ProgressStore.open(global.dataDir(), clock);
            warnings.addAll(opened.warnings());
            store = opened.store();
        }
        return store;
    }

    /** What a session launched now stands on, scheduled with {@code parameters}. */
    Footing footing(Parameters parameters) {
        return new Footing(store().cardStates(new FsrsCardStateFold(parameters)), store().reviews(),
                Scheduling.scheduler(parameters), clock.instant(), clock.getZone(), random);
    }

    /** Earlier quiz results, for personal bests; a damaged file is a warning and counts as none. */
    List<QuizResult> quizResults() {
        QuizResultsFile.Loaded loaded = QuizResultsFile.load(global.dataDir(), clock);
        loaded.warning().ifPresent(warnings::add);
        return loaded.results();
    }

    /** Every card the decks hold, each id once; a deck that cannot be read is a warning naming what is lost. */
    List<Card> allCards(String lost) {
        return DeckCards.all(global.decksDir(), w -> warnings.add(w + "; " + lost));
    }

    /** The statistics' input, as {@code portdrill stats} and the menu's Statistics screen both compute it. */
    StatisticsInput statistics(Parameters parameters) {
        Map<String, CardState> states = Map.copyOf(store().cardStates(new FsrsCardStateFold(parameters)));
        List<Card> cards = allCards("its cards are left out of the statistics");
        return new StatisticsInput(List.copyOf(store().reviews()), states, cards, quizResults(),
                Scheduling.scheduler(parameters), parameters.desiredRetention(), clock.instant(), clock.getZone());
    }

    /** Adds a line for the user, told when the caller next tells warnings. */
    void warn(String line) {
        warnings.add(line);
    }

    /** The warnings not yet told, which are then forgotten. */
    List<String> takeWarnings() {
        List<String> taken = List.copyOf(warnings);
        warnings.clear();
        return taken;
    }

    /** Closes the store; answers it still could not save are a failure the user must hear of (exit 1). */
    @Override
    public void close() {
        if (store != null) {
            try {
                store.close();
            } catch (StoreException e) {
                throw UserError.failure(e.getMessage());
            }
        }
    }
}
