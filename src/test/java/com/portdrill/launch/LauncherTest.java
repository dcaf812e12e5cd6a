package com.portdrill.launch;

import com.portdrill.deck.Card;
import com.portdrill.deck.Deck;
import com.portdrill.deck.DeckBuilder;
import com.portdrill.deck.Direction;
import com.portdrill.deck.NameIndex;
import com.portdrill.deck.Outcome;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Messages;
import com.portdrill.journal.JournalLine;
import com.portdrill.session.AnswerMode;
import com.portdrill.session.Cards;
import com.portdrill.session.Question;
import com.portdrill.session.QuizResult;
import com.portdrill.session.Scheduling;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The launch step: each kind of session starts, or says why not, the same way for the same footing and seed. */
class LauncherTest {
    private static final Instant NOW = Cards.T0;
    private static final Messages EN = Messages.of(Lang.EN);

    private static final Card SSH = Cards.p2s(22, "SSH");
    private static final Card SMTP = Cards.s2p(25, "SMTP");
    private static final Card DNS = Cards.p2s(53, "DNS");
    private static final Card RDP = Cards.p2s(3389, "RDP");
    private static final Deck DECK = new Deck("tier", "A tier", "一个层级", List.of(SSH, SMTP, DNS, RDP));

    private static Footing footing(List<JournalLine> history, long seed) {
        return footing(history, seed, ZoneOffset.UTC);
    }

    private static Footing footing(List<JournalLine> history, long seed, ZoneId zone) {
        return new Footing(Map.of(), history, Scheduling.scheduler(), NOW, zone, new SplittableRandom(seed));
    }

    private static String firstCard(Launch launch) {
        return ((Launch.Ready) launch).session().current().map(Question::card).map(Card::id).orElseThrow();
    }

    @Test
    void studyOnNewCardsStartsWithTheDeckTitleAndTheStartLine() {
        Launch launch = Launcher.launch(new Wanted.Study(DECK, DECK, AnswerMode.TYPED, 3), footing(List.of(), 7));
        assertThat(launch).isInstanceOf(Launch.Ready.class);
        Launch.Ready ready = (Launch.Ready) launch;
        assertThat(ready.kind()).isEqualTo(SessionKind.STUDY);
        assertThat(ready.title(Lang.EN)).isEqualTo("A tier");
        assertThat(ready.title(Lang.ZH)).isEqualTo("一个层级");
        assertThat(ready.startLine(EN)).isEqualTo(
                "Studying tier: 0 due, 3 new (type the answer). End input (Ctrl-D) to stop.");
        assertThat(ready.gone()).isZero();
    }

    @Test
    void theSameSeedStartsOnTheSameCardAndAnotherSeedMayNot() {
        Wanted wanted = new Wanted.Study(DECK, DECK, AnswerMode.TYPED, 4);
        String first = firstCard(Launcher.launch(wanted, footing(List.of(), 7)));
        assertThat(firstCard(Launcher.launch(wanted, footing(List.of(), 7)))).isEqualTo(first);
        assertThat(LongStream.rangeClosed(1, 20).mapToObj(seed -> firstCard(Launcher.launch(wanted,
                footing(List.of(), seed)))).distinct().count()).isGreaterThan(1);
    }

    @Test
    void studyWithTodaysNewCardsDoneHasNothingDueAndNamesTheDeck() {
        List<JournalLine> today = List.of(Cards.review(SSH.id(), NOW.minusSeconds(60), Outcome.CORRECT));
        Launch launch = Launcher.launch(new Wanted.Study(DECK, DECK, AnswerMode.TYPED, 1), footing(today, 7));
        assertThat(launch).isEqualTo(new Launch.Nothing(Reason.NOTHING_DUE, "tier", 0));
        assertThat(((Launch.Nothing) launch).text(EN)).isEqualTo("Nothing to study in tier now: no card is due and"
                + " today's new cards are done. Come back later, or raise --limit.");
    }

    @Test
    void todayIsTheFootingsZoneDay() {
        // 10:00 UTC on the 24th is already the 25th in Kiritimati (UTC+14): yesterday's new card no longer counts.
        List<JournalLine> yesterdayThere = List.of(Cards.review(SSH.id(), NOW.minusSeconds(3 * 3600), Outcome.CORRECT));
        Wanted oneNew = new Wanted.Study(DECK, DECK, AnswerMode.TYPED, 1);
        assertThat(Launcher.launch(oneNew, footing(yesterdayThere, 7))).isInstanceOf(Launch.Nothing.class);
        assertThat(Launcher.launch(oneNew, footing(yesterdayThere, 7, ZoneId.of("Pacific/Kiritimati"))))
                .isInstanceOf(Launch.Ready.class);
    }

    @Test
    void aQuizKeepsItsSecondsAndTheResultsForPersonalBests() {
        QuizResult best = new QuizResult("tier", 60, AnswerMode.CHOICE, NOW.minusSeconds(86_400), 10, 9, 0);
        Launch.Ready ready = (Launch.Ready) Launcher.launch(
                new Wanted.Quiz(DECK, DECK, AnswerMode.CHOICE, 60, List.of(best)), footing(List.of(), 7));
        assertThat(ready.kind()).isEqualTo(SessionKind.QUIZ);
        assertThat(ready.previous()).containsExactly(best);
        assertThat(ready.startLine(EN)).isEqualTo("Quiz: 60 s on tier (answer 1-4 or a-d). Answer as many as you can.");
    }

    @Test
    void reviewAsksTheMissesMostRecentFirstAndCountsThoseNoDeckHolds() {
        List<JournalLine> history = List.of(
                Cards.review(DNS.id(), NOW.minusSeconds(300), Outcome.WRONG),
                Cards.review("p2s:31337", NOW.minusSeconds(200), Outcome.WRONG),
                Cards.review(SSH.id(), NOW.minusSeconds(100), Outcome.CLOSE),
                Cards.review(SMTP.id(), NOW.minusSeconds(50), Outcome.CORRECT));
        Launch launch = Launcher.launch(new Wanted.Missed(DECK.cards(), AnswerMode.TYPED), footing(history, 7));
        Launch.Ready ready = (Launch.Ready) launch;
        assertThat(ready.kind()).isEqualTo(SessionKind.REVIEW);
        assertThat(firstCard(ready)).isEqualTo(SSH.id());
        assertThat(ready.size()).isEqualTo(2);
        assertThat(ready.gone()).isEqualTo(1);
        assertThat(ready.goneLine(EN)).contains("Missed cards no longer in any deck, skipped: 1.");
        assertThat(ready.deck()).isEmpty();
        assertThat(ready.title(Lang.EN)).isNotBlank();
        assertThat(ready.startLine(EN)).startsWith("Reviewing missed cards: 2 (type the answer).");
    }

    @Test
    void reviewWithNoMissHasNothingAndSaysSo() {
        List<JournalLine> history = List.of(Cards.review(DNS.id(), NOW.minusSeconds(300), Outcome.CORRECT));
        Launch launch = Launcher.launch(new Wanted.Missed(DECK.cards(), AnswerMode.TYPED), footing(history, 7));
        assertThat(launch).isEqualTo(new Launch.Nothing(Reason.NOTHING_MISSED, "", 0));
        assertThat(((Launch.Nothing) launch).text(EN))
                .isEqualTo("Nothing to review: no card's latest answer was wrong or close.");
        assertThat(launch.goneLine(EN)).isEmpty();
    }

    @Test
    void reviewWhoseMissesAreAllGoneHasNothingButStillCountsThem() {
        List<JournalLine> history = List.of(Cards.review("p2s:31337", NOW.minusSeconds(300), Outcome.WRONG));
        Launch launch = Launcher.launch(new Wanted.Missed(DECK.cards(), AnswerMode.TYPED), footing(history, 7));
        assertThat(launch).isEqualTo(new Launch.Nothing(Reason.NOTHING_MISSED, "", 1));
    }

    @Test
    void theDrillsOwnDeckKeepsToWellKnownPortsAndAnyOtherDeckIsDrilledWhole() {
        Deck wellKnown = new Deck(DeckBuilder.WELL_KNOWN, "Well-known", "公认", DECK.cards());
        Launch.Ready own = (Launch.Ready) Launcher.launch(
                new Wanted.Drill(wellKnown, wellKnown, AnswerMode.TYPED, false), footing(List.of(), 7));
        assertThat(own.size()).isEqualTo(3);
        assertThat(own.startLine(EN)).startsWith("Drill: 3 to answer from well-known, weakest first");
        Launch.Ready other = (Launch.Ready) Launcher.launch(
                new Wanted.Drill(DECK, DECK, AnswerMode.TYPED, false), footing(List.of(), 7));
        assertThat(other.size()).isEqualTo(4);
        Launch.Ready kindAsked = (Launch.Ready) Launcher.launch(
                new Wanted.Drill(wellKnown, wellKnown, AnswerMode.TYPED, true), footing(List.of(), 7));
        assertThat(kindAsked.size()).isEqualTo(4);
    }

    @Test
    void aDrillOnADeckOfHighPortsOnlyHasNothingToDrill() {
        Deck wellKnown = new Deck(DeckBuilder.WELL_KNOWN, "Well-known", "公认", List.of(RDP));
        Launch launch = Launcher.launch(new Wanted.Drill(wellKnown, wellKnown, AnswerMode.TYPED, false),
                footing(List.of(), 7));
        assertThat(launch).isEqualTo(new Launch.Nothing(Reason.NOTHING_TO_DRILL, DeckBuilder.WELL_KNOWN, 0));
        assertThat(((Launch.Nothing) launch).text(Messages.of(Lang.ZH))).isEqualTo("well-known 中没有适合练习的卡片。");
    }

    @Test
    void theNamesAreTheWholeDecksWhateverKindTheSessionKeeps() {
        Deck onlyServiceToPort = DECK.ofKind(Direction.SERVICE_TO_PORT);
        Launch.Ready ready = (Launch.Ready) Launcher.launch(
                new Wanted.Study(DECK, onlyServiceToPort, AnswerMode.TYPED, 20), footing(List.of(), 7));
        assertThat(ready.size()).isEqualTo(1);
        // SSH is named by a port-to-service card, a kind this session leaves out; its name is still known.
        assertThat(ready.names().named("SSH")).map(NameIndex.Named::ports).contains(List.of(22));
        assertThat(NameIndex.of(onlyServiceToPort.cards()).named("SSH")).isEmpty();
    }

    @Test
    void theCountsAreWhatStudyWouldPlanAndLeaveTheRandomAsItWas() {
        List<JournalLine> history = List.of(Cards.review("p2s:31337", NOW.minusSeconds(300), Outcome.WRONG));
        Footing on = footing(history, 7);
        assertThat(Launcher.waiting(DECK, 2, on)).isEqualTo(new Waiting(0, 2, 1));
        String afterCounting = firstCard(Launcher.launch(new Wanted.Study(DECK, DECK, AnswerMode.TYPED, 4), on));
        assertThat(afterCounting)
                .isEqualTo(firstCard(Launcher.launch(new Wanted.Study(DECK, DECK, AnswerMode.TYPED, 4),
                        footing(history, 7))));
    }
}
