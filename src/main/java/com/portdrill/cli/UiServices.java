package com.portdrill.cli;

import com.portdrill.catalogue.Catalogue;
import com.portdrill.deck.Card;
import com.portdrill.deck.Deck;
import com.portdrill.deck.Direction;
import com.portdrill.deck.NameIndex;
import com.portdrill.deck.PortKnowledge;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Message;
import com.portdrill.i18n.Messages;
import com.portdrill.srs.optimize.LoggedReview;
import com.portdrill.progress.Review;
import com.portdrill.session.AnswerMode;
import com.portdrill.session.DrillSession;
import com.portdrill.session.MissedCards;
import com.portdrill.session.QuizResult;
import com.portdrill.session.QuizSession;
import com.portdrill.session.ReviewSession;
import com.portdrill.session.Scheduling;
import com.portdrill.session.Session;
import com.portdrill.session.StudyPlan;
import com.portdrill.session.StudySession;
import com.portdrill.srs.CardState;
import com.portdrill.store.CatalogueFiles;
import com.portdrill.store.DeckDataFiles;
import com.portdrill.store.DeckFileException;
import com.portdrill.store.DeckFiles;
import com.portdrill.store.FsrsReviewFold;
import com.portdrill.store.ProgressStore;
import com.portdrill.store.SaveResult;
import com.portdrill.store.StoreException;
import com.portdrill.store.QuizResultsFile;
import com.portdrill.store.SettingsFile;
import com.portdrill.srs.Parameters;
import com.portdrill.stats.Statistics;
import com.portdrill.stats.StatisticsInput;
import com.portdrill.chart.StatisticsView;
import com.portdrill.tui.Choices;
import com.portdrill.tui.DeckChoice;
import com.portdrill.tui.Destination;
import com.portdrill.tui.Lines;
import com.portdrill.tui.LookupScreen;
import com.portdrill.tui.OpenHere;
import com.portdrill.store.ScanFileException;
import com.portdrill.tui.Msg;
import com.portdrill.tui.Services;
import com.portdrill.tui.Settings;
import com.portdrill.tui.SettingsScreen;
import com.portdrill.tui.StudyScreen;
import com.portdrill.tui.TextScreen;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The full-screen interface's door to files: builds the screens the menu opens (decks, progress, catalogue,
 * loaded only when first needed), records answers in the progress store, keeps quiz results and settings.
 */
final class UiServices implements Services, AutoCloseable {

    private final GlobalOptions global;
    private final Clock clock;
    private final RandomGenerator random;
    private final List<String> warnings = new ArrayList<>();
    private final boolean ownsStore;
    private final Settings started;
    private ProgressStore store;
    private Catalogue catalogue;
    private PortKnowledge knowledge;

    /** {@code saved}: the settings file as the command read it and remembered {@code --lang} in, or null to do both. */
    private UiServices(GlobalOptions global, Clock clock, ProgressStore store, RandomGenerator random,
                       SettingsFile.Settings saved) {
        this.global = global;
        this.clock = clock;
        this.store = store;
        this.ownsStore = store == null;
        this.random = random;
        this.started = startSettings(saved != null ? saved : remembered());
    }

    /** For the menu: progress is opened (and locked) only when a screen first needs it. */
    static UiServices forMenu(GlobalOptions global, Clock clock) {
        return new UiServices(global, clock, null,
                global.seed() == null ? new SplittableRandom() : new SplittableRandom(global.seed()), null);
    }

    /**
     * For a command that has opened the store already, and read the settings file and remembered {@code --lang}
     * in it: answers go to its store; the command closes it.
     */
    static UiServices forSession(GlobalOptions global, Clock clock, ProgressStore store, RandomGenerator random,
                                 SettingsFile.Settings saved) {
        return new UiServices(global, clock, store, random, saved);
    }

    /**
     * The settings the interface starts with: {@code --lang} (remembered), else the saved language; colour as
     * saved unless {@code --no-color} or NO_COLOR refuses it; the menu's deck, answer mode and quiz length as saved.
     */
    Settings settings() {
        return started;
    }

    /** The settings file, with {@code --lang} remembered in it when given; its warning is told once the screen ends. */
    private SettingsFile.Settings remembered() {
        SettingsFile.Settings saved = SettingsFile.load(global.dataDir(), clock);
        saved.warning().ifPresent(warnings::add);
        if (global.lang() != null) {
            try {
                SettingsFile.saveLang(global.dataDir(), global.lang(), clock);
            } catch (StoreException e) {
                warnings.add(e.getMessage());
            }
        }
        return saved;
    }

    private Settings startSettings(SettingsFile.Settings saved) {
        Lang lang = global.lang() != null ? global.lang() : saved.lang().orElse(Lang.EN);
        Choices defaults = Choices.defaults();
        AnswerMode mode = defaults.mode();
        for (AnswerMode m : AnswerMode.values()) {
            if (saved.mode().isPresent() && m.code().equals(saved.mode().get())) {
                mode = m;
            }
        }
        int seconds = saved.quizSeconds().orElse(defaults.quizSeconds());
        Choices choices = new Choices(ChosenDeck.of(global.decksDir(), saved.deck()), mode,
                seconds <= QuizCommand.MAX_SECONDS ? seconds : defaults.quizSeconds(),
                saved.kind().flatMap(Direction::ofCode),
                SchedulingParameters.retention(global, global.dataDir(), clock, warnings::add),
                saved.newPerDay().orElse(defaults.newPerDay()), saved.drillDeck().orElse(defaults.drillDeck()));
        return new Settings(lang, global.color() && saved.colour().orElse(true), choices);
    }

    /** What the store said while opening (a damaged file set aside): printed once the screen is restored. */
    List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    /**
     * The counts beside Study and Review. The new cards are counted as a session would plan them today; which ones it
     * picks does not change how many, so any seed does.
     */
    @Override
    public Msg waiting(Settings current) {
        try {
            Deck deck = DeckFiles.load(global.decksDir(), current.choices().deck());
            StudyPlan plan = StudyPlan.of(deck, store().cardStates(new FsrsReviewFold()), store().reviews(),
                    current.choices().newPerDay(), clock.instant(), ZoneId.systemDefault(), new SplittableRandom(0));
            return new Msg.Waiting(plan.due().size(), plan.fresh().size(), MissedCards.of(store().reviews()).size());
        } catch (DeckFileException | StoreException | UserError e) {
            return new Msg.Notice(e.getMessage());
        }
    }

    @Override
    public Msg open(Destination destination, Settings current) {
        try {
            switch (destination) {
                case SETTINGS:
                    return new Msg.Opened(SettingsScreen.of(current, global.color(), "", deckChoices()));
                case LOOKUP:
                    return new Msg.Opened(LookupScreen.of(knowledge(), current.lang(), openHere()));
                case STATS:
                    Statistics statistics = statistics(current.choices().retention());
                    SchedulingParameters.Active saved = SchedulingParameters.load(global, clock, warnings::add);
                    String fsrs = SchedulingParameters.describe(new SchedulingParameters.Active(
                            parameters(current.choices().retention()), saved.fitted()), current.lang());
                    return new Msg.Opened(TextScreen.of((width, lang) -> withLine(
                            StatisticsView.render(statistics, width, lang), fsrs, width))
                            .with(new TextScreen.Action("f", Destination.OPTIMIZE, Message.STATS_FIT)));
                case OPTIMIZE:
                    return new Msg.Opened(TextScreen.of(optimized(current.lang())));
                default:
                    return session(destination, current.lang(), current.choices());
            }
        } catch (DeckFileException | StoreException | UserError e) {
            return new Msg.Notice(e.getMessage());
        }
    }

    private Msg session(Destination destination, Lang lang, Choices choices) throws DeckFileException {
        Instant now = clock.instant();
        Parameters parameters = parameters(choices.retention());
        Map<String, CardState> states = store().cardStates(new FsrsReviewFold(parameters));
        Session session;
        String title;
        NameIndex names = NameIndex.of(List.of());
        switch (destination) {
            case STUDY:
                Deck whole = DeckFiles.load(global.decksDir(), choices.deck());
                Deck deck = choices.applyKind(whole);
                title = title(deck, lang);
                names = NameIndex.of(whole.cards());
                StudyPlan plan = StudyPlan.of(deck, states, store().reviews(), choices.newPerDay(), now,
                        ZoneId.systemDefault(), random);
                if (plan.cards().isEmpty()) {
                    return new Msg.Notice(Messages.of(lang).get(Message.STUDY_NOTHING, deck.name()));
                }
                session = StudySession.start(plan, choices.mode(), states, Scheduling.scheduler(parameters), random);
                break;
            case QUIZ:
                Deck wholeQuizDeck = DeckFiles.load(global.decksDir(), choices.deck());
                Deck quizDeck = choices.applyKind(wholeQuizDeck);
                title = title(quizDeck, lang);
                names = NameIndex.of(wholeQuizDeck.cards());
                session = QuizSession.start(quizDeck.name(), quizDeck.cards(), choices.quizSeconds(), choices.quizMode(),
                        now, random);
                break;
            case REVIEW:
                title = Message.MENU_REVIEW.in(lang);
                List<Card> missed = missedCards();
                if (missed.isEmpty()) {
                    return new Msg.Notice(Messages.of(lang).get(Message.REVIEW_NOTHING));
                }
                session = ReviewSession.start(missed, choices.mode(), random);
                break;
            default:
                Deck drillDeck = DeckFiles.load(global.decksDir(), choices.drillDeck());
                title = title(drillDeck, lang);
                names = NameIndex.of(drillDeck.cards());
                // as the drill command: the well-known ports of its default deck, every card of another
                boolean wellKnownOnly = choices.drillDeck().equals(DrillCommand.DEFAULT_DECK);
                session = DrillSession.start(DrillSession.cardsFor(drillDeck.cards(), wellKnownOnly), states,
                        Scheduling.scheduler(parameters),
                        now, choices.mode(), random);
                break;
        }
        List<QuizResult> previous = destination == Destination.QUIZ ? quizResults() : List.of();
        return new Msg.Opened(StudyScreen.of(session, title, previous, now, names));
    }

    static String title(Deck deck, Lang lang) {
        String t = lang == Lang.ZH && deck.titleZh() != null ? deck.titleZh() : deck.titleEn();
        return t == null || t.isBlank() ? deck.name() : t;
    }

    /** The missed cards in review order, looked up in every deck (a tier holds cards no other deck does). */
    private List<Card> missedCards() {
        Map<String, Card> byId = new LinkedHashMap<>();
        DeckCards.all(global.decksDir(), warnings::add).forEach(c -> byId.putIfAbsent(c.id(), c));
        List<Card> cards = new ArrayList<>();
        for (MissedCards.Missed m : MissedCards.of(store().reviews())) {
            Card c = byId.get(m.cardId());
            if (c != null) {
                cards.add(c);
            }
        }
        return cards;
    }

    @Override
    public Msg record(Review review) {
        SaveResult result = store().append(review);
        return result instanceof SaveResult.Pending ? new Msg.SaveFailed(((SaveResult.Pending) result).message())
                : new Msg.Saved();
    }

    /** Earlier quiz results, for personal bests; a damaged file is reported and counts as none. */
    List<QuizResult> quizResults() {
        QuizResultsFile.Loaded loaded = QuizResultsFile.load(global.dataDir(), clock);
        loaded.warning().ifPresent(warnings::add);
        return loaded.results();
    }

    @Override
    public Optional<String> keep(QuizResult result) {
        try {
            QuizResultsFile.append(global.dataDir(), result, clock);
            return Optional.empty();
        } catch (StoreException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** Everything the settings screen sets is saved; colour only when {@code --no-color} and NO_COLOR allow it. */
    @Override
    public Optional<String> keep(Settings settings) {
        Choices c = settings.choices();
        try {
            Optional<Boolean> colour = global.color() ? Optional.of(settings.colour()) : Optional.empty();
            SettingsFile.save(global.dataDir(), new SettingsFile.Chosen(settings.lang(), colour, c.deck(),
                    c.mode().code(), c.quizSeconds(), c.newPerDay(), c.drillDeck(), c.kind().map(Direction::code)
                    .orElse(SettingsFile.EVERY_KIND)), clock);
            SettingsFile.saveRetention(global.dataDir(), c.retention(), clock);
            return Optional.empty();
        } catch (StoreException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The decks there are, for the settings screen: none when the folder cannot be read (the deck stays as is). */
    private List<DeckChoice> deckChoices() {
        List<DeckChoice> choices = new ArrayList<>();
        try {
            for (DeckFiles.Summary d : DeckFiles.list(global.decksDir()).stream().sorted(ClimbOrder.DECKS).toList()) {
                choices.add(new DeckChoice(d.name(), d.titleEn(), d.titleZh()));
            }
        } catch (DeckFileException e) {
            warnings.add(e.getMessage());
        }
        return choices;
    }

    /** The statistics screen's figures, computed as {@code portdrill stats} computes them. */
    private Statistics statistics(double retention) {
        List<Card> cards = DeckCards.all(global.decksDir(), warnings::add);
        Parameters parameters = parameters(retention);
        return Statistics.compute(new StatisticsInput(List.copyOf(store().reviews()),
                Map.copyOf(store().cardStates(new FsrsReviewFold(parameters))), cards, quizResults(),
                Scheduling.scheduler(parameters), parameters.desiredRetention(), clock.instant(), ZoneId.systemDefault()));
    }

    /** Fits the journal as {@code portdrill optimize} does and shows what it found. */
    private TextScreen.Renderer optimized(Lang lang) {
        List<LoggedReview> reviews = new ArrayList<>();
        for (Review r : store().reviews()) {
            reviews.add(Optimization.logged(r));
        }
        Optimization.Result result = Optimization.run(reviews, "journal", global.dataDir(), clock, global.seed(), true,
                warnings::add);
        List<String> lines = Optimization.report(result, Messages.of(lang));
        return (width, l) -> {
            List<String> wrapped = new ArrayList<>();
            for (String line : lines) {
                wrapped.addAll(Lines.wrap(line, width, ""));
            }
            return wrapped;
        };
    }

    private static List<String> withLine(List<String> lines, String line, int width) {
        List<String> all = new ArrayList<>(lines);
        all.add("");
        all.addAll(Lines.wrap(line, width, ""));
        return all;
    }

    /** The learner's FSRS weights, read when a session or the statistics need them, with the menu's retention. */
    private Parameters parameters(double retention) {
        Parameters p = SchedulingParameters.load(global, clock, warnings::add).parameters();
        return new Parameters(p.weights(), retention, p.maximumInterval(), p.enableShortTerm(), p.learningSteps(),
                p.relearningSteps());
    }

    private ProgressStore store() {
        if (store == null) {
            ProgressStore.Opened opened = ProgressStore.open(global.dataDir(), clock);
            warnings.addAll(opened.warnings());
            store = opened.store();
        }
        return store;
    }

    private Catalogue catalogue() {
        if (catalogue == null) {
            catalogue = CatalogueFiles.load();
        }
        return catalogue;
    }

    private PortKnowledge knowledge() {
        if (knowledge == null) {
            knowledge = PortKnowledge.of(catalogue(), DeckDataFiles.load());
        }
        return knowledge;
    }

    /** This machine's listening sockets, read each time the look-up opens (they change), or why they cannot be. */
    private OpenHere openHere() {
        try {
            return ScanRows.here(knowledge(), ScanRows.PROC_NET).<OpenHere>map(OpenHere.Rows::new).orElse(
                    new OpenHere.Unavailable("this system has no /proc/net; pipe netstat in: 'netstat -an | portdrill scan -'"));
        } catch (ScanFileException e) {
            return new OpenHere.Unavailable(e.getMessage());
        }
    }

    /** Closes the store the menu opened; answers it still could not save are a failure the user must hear of. */
    @Override
    public void close() {
        if (ownsStore && store != null) {
            try {
                store.close();
            } catch (StoreException e) {
                throw UserError.failure(e.getMessage());
            }
        }
    }
}
