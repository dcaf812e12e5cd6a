package com.portdrill.cli;

import com.portdrill.i18n.Lang;
import com.portdrill.session.AnswerMode;
import com.portdrill.store.SettingsFile;
import com.portdrill.tui.Choices;
import com.portdrill.tui.Destination;
import com.portdrill.tui.Look;
import com.portdrill.tui.Msg;
import com.portdrill.tui.Settings;
import com.portdrill.tui.Theme;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The menu's door to files: the saved choices come back, shape the sessions, and are kept as the user left them. */
class UiServicesTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path data;

    private GlobalOptions global(boolean noColor) {
        GlobalOptions g = new GlobalOptions();
        g.dataDir = data;
        g.decksDir = Paths.get("decks").toAbsolutePath();
        g.seed = 7L;
        g.noColor = noColor;
        return g;
    }

    @Test
    void theSavedChoicesComeBackAndShapeTheMenusSessions() {
        SettingsFile.save(data, new SettingsFile.Chosen(Lang.EN, Optional.of(true), "folklore", "choice", 30, 20, "well-known"), CLOCK);
        try (UiServices services = UiServices.forMenu(global(false), CLOCK)) {
            Settings settings = services.settings();
            assertThat(settings).isEqualTo(new Settings(Lang.EN, true, new Choices("folklore", AnswerMode.CHOICE, 30, 0.9)));
            Msg study = services.open(Destination.STUDY, settings);
            assertThat(study).isInstanceOf(Msg.Opened.class);
            String shown = ((Msg.Opened) study).screen()
                    .view(new Look(Lang.EN, Theme.of(false), 80, 24, settings.choices())).lines().stream()
                    .map(AttributedString::toString).collect(Collectors.joining("\n"));
            assertThat(shown).contains("folklore").contains("Press 1–4 or a–d");
            Msg quiz = services.open(Destination.QUIZ, settings);
            String quizShown = ((Msg.Opened) quiz).screen()
                    .view(new Look(Lang.EN, Theme.of(false), 80, 24, settings.choices())).lines().stream()
                    .map(AttributedString::toString).collect(Collectors.joining("\n"));
            assertThat(quizShown).contains("0:30");
        }
    }

    @Test
    void aSavedKindOfQuestionIsWhatTheMenusStudyAsks() {
        SettingsFile.save(data, new SettingsFile.Chosen(Lang.EN, Optional.of(true), "network-plus", "typed", 60, 20, "well-known",
                "protocol-number"), CLOCK);
        try (UiServices services = UiServices.forMenu(global(false), CLOCK)) {
            Settings settings = services.settings();
            assertThat(settings.choices().kind()).contains(com.portdrill.deck.Direction.PROTOCOL_NUMBER);
            Msg study = services.open(Destination.STUDY, settings);
            String shown = ((Msg.Opened) study).screen()
                    .view(new Look(Lang.EN, Theme.of(false), 100, 24, settings.choices())).lines().stream()
                    .map(AttributedString::toString).collect(Collectors.joining("\n"));
            assertThat(shown).contains("is which IP protocol number?");
        }
    }

    @Test
    void flipCardsStudyButTheTimedQuizIsTyped() {
        SettingsFile.save(data, new SettingsFile.Chosen(Lang.EN, Optional.of(true), "exam", "flip", 60, 20, "well-known"), CLOCK);
        try (UiServices services = UiServices.forMenu(global(false), CLOCK)) {
            Settings settings = services.settings();
            for (Destination d : new Destination[]{Destination.STUDY, Destination.QUIZ, Destination.DRILL}) {
                Msg opened = services.open(d, settings);
                assertThat(opened).as(d.name()).isInstanceOf(Msg.Opened.class);
                com.portdrill.tui.Screen screen = ((Msg.Opened) opened).screen();
                if (d == Destination.QUIZ) {
                    // the quiz waits for Enter before its clock starts
                    screen = screen.update(new Msg.Press(com.portdrill.tui.Key.ENTER, "")).screen();
                }
                String shown = screen
                        .view(new Look(Lang.EN, Theme.of(false), 80, 24, settings.choices())).lines().stream()
                        .map(AttributedString::toString).collect(Collectors.joining("\n"));
                assertThat(shown).as(d.name()).contains(d == Destination.QUIZ ? "Your answer:" : "Space");
            }
        }
    }

    @Test
    void aSavedValueThisVersionCannotUseGivesWayToTheDefault() {
        SettingsFile.save(data, new SettingsFile.Chosen(Lang.ZH, Optional.of(false), "exam", "telepathy", 99_999, 20, "well-known"), CLOCK);
        try (UiServices services = UiServices.forMenu(global(false), CLOCK)) {
            assertThat(services.settings()).isEqualTo(new Settings(Lang.ZH, false, Choices.defaults()));
        }
    }

    @Test
    void underNoColourTheSavedColourIsNeitherUsedNorOverwritten() {
        SettingsFile.save(data, new SettingsFile.Chosen(Lang.EN, Optional.of(true), "exam", "typed", 60, 20, "well-known"), CLOCK);
        try (UiServices services = UiServices.forMenu(global(true), CLOCK)) {
            Settings settings = services.settings();
            assertThat(settings.colour()).isFalse();
            assertThat(services.keep(settings.withLang(Lang.ZH))).isEmpty();
        }
        SettingsFile.Settings saved = SettingsFile.load(data, CLOCK);
        assertThat(saved.lang()).contains(Lang.ZH);
        assertThat(saved.colour()).contains(true);
    }

    @Test
    void theStatisticsScreenShowsTheParametersAndFitsTheJournalOnF() {
        try (com.portdrill.store.ProgressStore store = com.portdrill.store.ProgressStore.open(data, CLOCK).store()) {
            store.append(new com.portdrill.journal.JournalLine("s2p:22", Instant.parse("2026-11-20T09:00:00Z"),
                    com.portdrill.srs.Rating.GOOD, com.portdrill.deck.Outcome.CORRECT, "22", 900,
                    com.portdrill.journal.StudyMode.STUDY));
        }
        try (UiServices services = UiServices.forMenu(global(false), CLOCK)) {
            Settings settings = services.settings();
            Msg stats = services.open(Destination.STATS, settings);
            String shown = text(stats, settings);
            assertThat(shown).contains("f: fit FSRS to your reviews");
            assertThat(((Msg.Opened) stats).screen().update(Msg.Press.text("f")).cmds())
                    .containsExactly(new com.portdrill.tui.Cmd.Open(Destination.OPTIMIZE));
            Msg fitted = services.open(Destination.OPTIMIZE, settings);
            assertThat(text(fitted, settings)).contains("0 of your 1 reviews can be predicted");
        }
    }

    private static String text(Msg opened, Settings settings) {
        return ((Msg.Opened) opened).screen().view(new Look(Lang.EN, Theme.of(false), 100, 40, settings.choices()))
                .lines().stream().map(AttributedString::toString).collect(Collectors.joining("\n"));
    }
}
