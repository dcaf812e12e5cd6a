package com.portdrill.cli;

import com.portdrill.deck.Outcome;
import com.portdrill.i18n.Lang;
import com.portdrill.journal.JournalLine;
import com.portdrill.journal.StudyMode;
import com.portdrill.srs.Rating;
import com.portdrill.store.ProgressStore;
import com.portdrill.store.SettingsFile;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The menu and the commands launch through one step: the same deck, options and seed give the same first card and
 * the same "nothing to do" line, whether started from the command line in plain mode or from the menu, at the same
 * instant.
 */
class LaunchAgreementTest {
    private static final Path DECKS = Paths.get("decks").toAbsolutePath();
    /** The one instant both sides launch at, so that neither reads the wall clock. */
    private static final Instant NOW = Instant.parse("2026-11-24T17:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path commandData;

    @TempDir
    Path menuData;

    private CommandRunner command(String... args) {
        List<String> all = new ArrayList<>(List.of("--plain", "--data-dir", commandData.toString(),
                "--decks-dir", DECKS.toString(), "--seed", "7"));
        all.addAll(List.of(args));
        return CommandRunner.run(FakeSurroundings.on(CLOCK), all.toArray(String[]::new));
    }

    private UiServices menu() {
        GlobalOptions g = new GlobalOptions();
        g.dataDir = menuData;
        g.decksDir = DECKS;
        g.seed = 7L;
        return UiServices.forMenu(g, CLOCK);
    }

    private static String shown(Msg opened, Settings settings) {
        assertThat(opened).isInstanceOf(Msg.Opened.class);
        return ((Msg.Opened) opened).screen().view(new Look(Lang.EN, Theme.of(false), 200, 40, settings.choices()))
                .lines().stream().map(AttributedString::toString).collect(Collectors.joining("\n"));
    }

    /** The first question plain mode asks: the line after the start line, without its counter. */
    private static String firstQuestion(CommandRunner run) {
        assertThat(run.exitCode()).as(run.err()).isZero();
        String line = run.out().lines().skip(1).findFirst().orElseThrow();
        String question = line.replaceFirst("^\\[[^]]*] ", "").strip();
        assertThat(question).as(run.out()).isNotBlank().doesNotStartWith("[");
        return question;
    }

    private void save(Path data, int newPerDay, String drillDeck) {
        SettingsFile.save(data, new SettingsFile.Chosen(Lang.EN, Optional.of(false), "network-plus", "typed", 60,
                newPerDay, drillDeck), CLOCK);
    }

    @Test
    void studyAsksTheSameFirstCardFromTheCommandAndTheMenu() {
        String asked = firstQuestion(command("study", "--deck", "network-plus"));
        try (UiServices services = menu()) {
            assertThat(shown(services.open(Destination.STUDY, services.settings()), services.settings()))
                    .contains(asked);
        }
    }

    @Test
    void theDrillOfTheWellKnownPortsAsksTheSameFirstCardFromBoth() {
        String asked = firstQuestion(command("drill"));
        try (UiServices services = menu()) {
            assertThat(shown(services.open(Destination.DRILL, services.settings()), services.settings()))
                    .contains(asked);
        }
    }

    @Test
    void studyWithNoNewCardsLeftSaysTheSameFromBoth() {
        save(menuData, 0, "well-known");
        CommandRunner run = command("study", "--deck", "network-plus", "--limit", "0");
        try (UiServices services = menu()) {
            Msg notice = services.open(Destination.STUDY, services.settings());
            assertThat(notice).isInstanceOf(Msg.Notice.class);
            assertThat(run.out()).isEqualTo(((Msg.Notice) notice).message() + "\n");
        }
    }

    @Test
    void reviewWithNothingMissedSaysTheSameFromBoth() {
        CommandRunner run = command("review");
        try (UiServices services = menu()) {
            Msg notice = services.open(Destination.REVIEW, services.settings());
            assertThat(notice).isEqualTo(new Msg.Notice("Nothing to review: no card's latest answer was wrong or close."));
            assertThat(run.out()).isEqualTo(((Msg.Notice) notice).message() + "\n");
        }
    }

    @Test
    void aMissedCardNoDeckHoldsIsToldByBothAndTheRestIsReviewedAlike() {
        for (Path data : List.of(commandData, menuData)) {
            try (ProgressStore store = ProgressStore.open(data, CLOCK).store()) {
                store.append(new JournalLine("p2s:22", NOW.minusSeconds(120), Rating.AGAIN, Outcome.WRONG, "telnet", 900,
                        StudyMode.STUDY));
                store.append(new JournalLine("p2s:65000-gone", NOW.minusSeconds(60), Rating.AGAIN, Outcome.WRONG, "x", 900,
                        StudyMode.STUDY));
            }
        }
        CommandRunner run = command("review");
        assertThat(run.err()).contains("Missed cards no longer in any deck, skipped: 1.");
        String asked = firstQuestion(run);
        try (UiServices services = menu()) {
            assertThat(shown(services.open(Destination.REVIEW, services.settings()), services.settings()))
                    .contains(asked);
            assertThat(services.warnings()).contains("Missed cards no longer in any deck, skipped: 1.");
        }
    }
}
