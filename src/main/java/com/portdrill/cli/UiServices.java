package com.portdrill.cli;

import com.portdrill.background.Background;
import com.portdrill.catalogue.Catalogue;
import com.portdrill.chart.StatisticsView;
import com.portdrill.deck.Deck;
import com.portdrill.deck.Direction;
import com.portdrill.deck.PortKnowledge;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Messages;
import com.portdrill.i18n.Message;
import com.portdrill.launch.Footing;
import com.portdrill.launch.Launch;
import com.portdrill.launch.Launcher;
import com.portdrill.launch.Waiting;
import com.portdrill.launch.Wanted;
import com.portdrill.journal.JournalLine;
import com.portdrill.session.AnswerMode;
import com.portdrill.session.QuizResult;
import com.portdrill.srs.Parameters;
import com.portdrill.srs.optimize.LoggedReview;
import com.portdrill.stats.Statistics;
import com.portdrill.store.CatalogueFiles;
import com.portdrill.store.DeckDataFiles;
import com.portdrill.store.DeckFileException;
import com.portdrill.store.DeckFiles;
import com.portdrill.store.QuizResultsFile;
import com.portdrill.store.SaveResult;
import com.portdrill.store.ScanFileException;
import com.portdrill.store.SettingsFile;
import com.portdrill.store.StoreException;
import com.portdrill.tui.Choices;
import com.portdrill.tui.DeckChoice;
import com.portdrill.tui.Destination;
import com.portdrill.tui.Lines;
import com.portdrill.tui.LookupScreen;
import com.portdrill.tui.Msg;
import com.portdrill.tui.OpenHere;
import com.portdrill.tui.Services;
import com.portdrill.tui.Settings;
import com.portdrill.tui.SettingsScreen;
import com.portdrill.tui.StudyScreen;
import com.portdrill.tui.TextScreen;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The full-screen interface's door to files: builds the screens the menu opens (decks, progress, catalogue,
 * loaded only when first needed), records answers in the progress store, keeps quiz results and settings.
 */
final class UiServices implements Services, AutoCloseable {
    private static final String MISSED_LOST = "its missed cards are skipped";
    private final Context context;
    private final boolean ownsContext;
    private final Settings started;
    private Catalogue catalogue;
    private PortKnowledge knowledge;

    /** A deck read ahead (the saved one, for the menu's first counts), or null. */
    private final DeckLoad ahead;
    /** The menu's first counts, counted on a thread of their own while the terminal is set up; null once taken. */
    private Background<Msg> firstCounts;

    private UiServices(Context context, boolean ownsContext, DeckLoad ahead) {
        this.context = context;
        this.ownsContext = ownsContext;
        this.ahead = ahead;
        this.started = startSettings(context);
        // Nothing else touches the context until the counts are taken: the first frame waits for them.
        this.firstCounts = ahead == null ? null : Background.start("portdrill-counts", () -> count(started));
    }

    /** For the menu: its own context, progress opened (and locked) only when a screen first needs it. */
    static UiServices forMenu(GlobalOptions global, Clock clock) {
        return new UiServices(Context.forMenu(global, clock), true, null);
    }

    /** For the menu, with the saved deck being read ahead. */
    static UiServices forMenu(GlobalOptions global, Clock clock, DeckLoad ahead) {
        return new UiServices(Context.forMenu(global, clock), true, ahead);
    }

    /** For a command that has opened its context: answers go to its store; the command closes it. */
    static UiServices forSession(Context context) {
        return new UiServices(context, false, null);
    }

    /**
     * The settings the interface starts with: the context's language; colour as saved unless {@code --no-color} or
     * NO_COLOR refuses it; the menu's deck, answer mode, quiz length and kind as saved, the retention in use.
     */
    Settings settings() {
        return started;
    }

    private static Settings startSettings(Context context) {
        SettingsFile.Settings saved = context.saved();
        GlobalOptions global = context.global();
        Choices defaults = Choices.defaults();
        AnswerMode mode = defaults.mode();
        for (AnswerMode m : AnswerMode.values()) {
            if (saved.mode().isPresent() && m.code().equals(saved.mode().get())) {
                mode = m;
            }
        }
        int seconds = saved.quizSeconds().orElse(defaults.quizSeconds());
        Choices choices = new Choices(ChosenDeck.of(context.global().decksDir(), saved.deck()), mode,
                seconds <= QuizCommand.MAX_SECONDS ? seconds : defaults.quizSeconds(),
                saved.kind().flatMap(Direction::ofCode), context.active().parameters().desiredRetention(),
                saved.newPerDay().orElse(defaults.newPerDay()), saved.drillDeck().orElse(defaults.drillDeck()));
        return new Settings(context.lang(), context.global().color() && saved.colour().orElse(true), choices);
    }

    /** What was not told yet (a damaged file set aside): printed once the screen is restored. */
    List<String> warnings() {
        // The first counts may still be adding theirs when the terminal could not be used.
        takeFirstCounts();
        return context.takeWarnings();
    }

    @Override
    public Clock clock() {
        return context.clock();
    }

    /** The counts beside Study and Review, as the menu's study would plan them now. */
    @Override
    public Msg waiting(Settings current) {
        Msg first = takeFirstCounts();
        return first != null && current.equals(started) ? first : count(current);
    }

    /** The counts begun when the menu opened, once they are done; null when there are none (any more). */
    private Msg takeFirstCounts() {
        if (firstCounts == null) {
            return null;
        }
        Background<Msg> counting = firstCounts;
        firstCounts = null;
        return counting.get();
    }

    private Msg count(Settings current) {
        try {
            Choices choices = current.choices();
            Deck deck = choices.applyKind(deck(choices.deck()));
            Waiting w = Launcher.waiting(deck, choices.newPerDay(),
                    context.footing(context.parameters(choices.retention())));
            return new Msg.Waiting(w.due(), w.fresh(), w.missed());
        } catch (DeckFileException | StoreException | UserError e) {
            return new Msg.Notice(e.getMessage());
        }
    }

    @Override
    public Msg open(Destination destination, Settings current) {
        try {
            switch (destination) {
                case SETTINGS:
                    return new Msg.Opened(SettingsScreen.of(current, context.global().color(), "", deckChoices()));
                case LOOKUP:
                    return new Msg.Opened(LookupScreen.of(knowledge(), current.lang(), openHere()));
                case STATS:
                    Parameters parameters = context.parameters(current.choices().retention());
                    Statistics statistics = Statistics.compute(context.statistics(parameters));
                    String fsrs = SchedulingParameters.describe(new SchedulingParameters.Active(parameters,
                            context.active().fitted()), current.lang());
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

    /** Launches the session as the command would, on the menu's choices; nothing to do is a notice. */
    private Msg session(Destination destination, Lang lang, Choices choices) throws DeckFileException {
        Wanted wanted;
        switch (destination) {
            case STUDY:
                Deck study = deck(choices.deck());
                wanted = new Wanted.Study(study, choices.applyKind(study), choices.mode(), choices.newPerDay());
                break;
            case QUIZ:
                Deck quiz = deck(choices.deck());
                wanted = new Wanted.Quiz(quiz, choices.applyKind(quiz), choices.quizMode(), choices.quizSeconds(),
                        context.quizResults());
                break;
            case REVIEW:
                wanted = new Wanted.Missed(context.allCards(MISSED_LOST), choices.mode());
                break;
            default:
                // The menu's kind is for study and the quiz; the drill takes its deck whole.
                Deck drill = deck(choices.drillDeck());
                wanted = new Wanted.Drill(drill, drill, choices.mode(), false);
                break;
        }
        Footing footing = context.footing(context.parameters(choices.retention()));
        Launch launch = Launcher.launch(wanted, footing);
        Messages messages = Messages.of(lang);
        launch.goneLine(messages).ifPresent(context::warn);
        if (launch instanceof Launch.Nothing nothing) {
            return new Msg.Notice(nothing.text(messages));
        }
        Launch.Ready ready = (Launch.Ready) launch;
        return new Msg.Opened(StudyScreen.of(ready.session(), ready.title(lang), ready.previous(), footing.now(),
                ready.names()));
    }

    /** The deck read ahead when it is the one named (decks are values: it serves every screen), else read now. */
    private Deck deck(String name) throws DeckFileException {
        if (ahead != null && ahead.name().equals(name)) {
            return ahead.get();
        }
        return DeckFiles.load(context.global().decksDir(), name);
    }

    @Override
    public Msg record(JournalLine review) {
        SaveResult result = context.store().append(review);
        return result instanceof SaveResult.Pending ? new Msg.SaveFailed(((SaveResult.Pending) result).message())
                : new Msg.Saved();
    }

    @Override
    public Optional<String> keep(QuizResult result) {
        try {
            QuizResultsFile.append(context.global().dataDir(), result, context.clock());
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
            Optional<Boolean> colour = context.global().color() ? Optional.of(settings.colour()) : Optional.empty();
            SettingsFile.save(context.global().dataDir(), new SettingsFile.Chosen(settings.lang(), colour, c.deck(),
                    c.mode().code(), c.quizSeconds(), c.newPerDay(), c.drillDeck(), c.kind().map(Direction::code)
                    .orElse(SettingsFile.EVERY_KIND)), context.clock());
            SettingsFile.saveRetention(context.global().dataDir(), c.retention(), context.clock());
            return Optional.empty();
        } catch (StoreException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The decks there are, for the settings screen: none when the folder cannot be read (the deck stays as is). */
    private List<DeckChoice> deckChoices() {
        List<DeckChoice> choices = new ArrayList<>();
        try {
            for (DeckFiles.Summary d : DeckFiles.list(context.global().decksDir()).stream().sorted(ClimbOrder.DECKS).toList()) {
                choices.add(new DeckChoice(d.name(), d.titleEn(), d.titleZh()));
            }
        } catch (DeckFileException e) {
            context.warn(e.getMessage());
        }
        return choices;
    }

    /** Fits the journal as {@code portdrill optimize} does and shows what it found. */
    private TextScreen.Renderer optimized(Lang lang) {
        List<LoggedReview> reviews = new ArrayList<>();
        for (JournalLine r : context.store().reviews()) {
            reviews.add(Optimization.logged(r));
        }
        Optimization.Result result = Optimization.run(reviews, "journal", context.global().dataDir(), context.clock(),
                context.global().seed(), true, context::warn);
        context.reloadParameters();
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

    /** Closes the menu's context and the store it opened; answers it still could not save are a failure the user must hear of. */
    @Override
    public void close() {
        takeFirstCounts();
        if (ownsContext) {
            context.close();
        }
    }
}
