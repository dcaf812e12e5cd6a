package com.portdrill.cli;

import com.portdrill.catalogue.Catalogue;
import com.portdrill.deck.Card;
import com.portdrill.deck.Deck;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.ScreenText;
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
import com.portdrill.store.DeckFileException;
import com.portdrill.store.DeckFiles;
import com.portdrill.store.FsrsReviewFold;
import com.portdrill.store.ProgressStore;
import com.portdrill.store.SaveResult;
import com.portdrill.store.StoreException;
import com.portdrill.tui.Destination;
import com.portdrill.tui.LookupScreen;
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
    /** The deck the menu's study and quiz use: the ports every exam asks first. */
    static final String MENU_DECK = "well-known";
    /** The deck review and drill look cards up in: every card. */
    static final String ALL_DECK = "all";

    private final GlobalOptions global;
    private final Clock clock;
    private final RandomGenerator random;
    private final List<String> warnings = new ArrayList<>();
    private final List<QuizResult> quizResults = new ArrayList<>();
    private ProgressStore store;
    private Catalogue catalogue;

    UiServices(GlobalOptions global, Clock clock) {
        this.global = global;
        this.clock = clock;
        this.random = global.seed() == null ? new SplittableRandom() : new SplittableRandom(global.seed());
    }

    /** What the store said while opening (a damaged file set aside): printed once the screen is restored. */
    List<String> warnings() {
        return List.copyOf(warnings);
    }

    @Override
    public Clock clock() {
        return clock;
    }

    @Override
    public Msg open(Destination destination, Settings current) {
        try {
            switch (destination) {
                case SETTINGS:
                    return new Msg.Opened(SettingsScreen.of(current, global.color(), settingsNotKept()));
                case LOOKUP:
                    return new Msg.Opened(LookupScreen.of(catalogue(), current.lang()));
                case STATS:
                    int answers = store().reviewCount();
                    return new Msg.Opened(TextScreen.of(ScreenText.STATS_TITLE, (width, lang) ->
                            List.of((lang == Lang.ZH ? "已存答案：" : "Answers stored: ") + answers)));
                default:
                    return session(destination, current.lang());
            }
        } catch (DeckFileException | StoreException | UserError e) {
            return new Msg.Notice(e.getMessage());
        }
    }

    private Msg session(Destination destination, Lang lang) throws DeckFileException {
        Instant now = clock.instant();
        Map<String, CardState> states = store().cardStates(new FsrsReviewFold());
        Session session;
        Deck deck;
        switch (destination) {
            case STUDY:
                deck = DeckFiles.load(global.decksDir(), MENU_DECK);
                StudyPlan plan = StudyPlan.of(deck, states, store().reviews(), StudyPlan.DEFAULT_NEW_LIMIT, now,
                        ZoneId.systemDefault());
                if (plan.cards().isEmpty()) {
                    return new Msg.Notice(lang == Lang.ZH ? "今天没有到期或新的卡片。" : "Nothing due and no new cards today: come back tomorrow.");
                }
                session = StudySession.start(plan, AnswerMode.TYPED, states, Scheduling.scheduler(), random);
                break;
            case QUIZ:
                deck = DeckFiles.load(global.decksDir(), MENU_DECK);
                session = QuizSession.start(deck.name(), deck.cards(), QuizSession.DEFAULT_SECONDS, AnswerMode.TYPED,
                        now, random);
                break;
            case REVIEW:
                deck = DeckFiles.load(global.decksDir(), ALL_DECK);
                List<Card> missed = missedCards(deck);
                if (missed.isEmpty()) {
                    return new Msg.Notice(lang == Lang.ZH ? "没有需要复习的错题。" : "Nothing to review: no port is waiting to be answered right.");
                }
                session = ReviewSession.start(missed, AnswerMode.TYPED, random);
                break;
            default:
                deck = DeckFiles.load(global.decksDir(), ALL_DECK);
                session = DrillSession.start(DrillSession.cardsFor(deck.cards(), true), states, Scheduling.scheduler(),
                        now, AnswerMode.TYPED, random);
                break;
        }
        String title = lang == Lang.ZH && deck.titleZh() != null ? deck.titleZh() : deck.titleEn();
        List<QuizResult> previous = destination == Destination.QUIZ ? List.copyOf(quizResults) : List.of();
        return new Msg.Opened(StudyScreen.of(session, title == null ? deck.name() : title, previous, now));
    }

    private List<Card> missedCards(Deck deck) {
        Map<String, Card> byId = new LinkedHashMap<>();
        deck.cards().forEach(c -> byId.putIfAbsent(c.id(), c));
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

    @Override
    public Optional<String> keep(QuizResult result) {
        quizResults.add(result);
        return Optional.empty();
    }

    @Override
    public Optional<String> keep(Settings settings) {
        return Optional.empty();
    }

    /** Why a settings change lasts only for this run; empty once settings are saved to a file. */
    private static String settingsNotKept() {
        return "this version does not save settings yet";
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

    @Override
    public void close() {
        if (store != null) {
            store.close();
        }
    }
}
