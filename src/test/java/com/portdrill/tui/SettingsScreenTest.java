package com.portdrill.tui;

import com.portdrill.i18n.Lang;
import com.portdrill.session.AnswerMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.portdrill.tui.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

class SettingsScreenTest {
    private static final List<DeckChoice> DECKS = List.of(new DeckChoice("all", "All ports", "全部端口"),
            new DeckChoice("network-plus", "Exam ports", "考试端口"), new DeckChoice("trojans", "Trojan ports", ""));
    private static final Settings START = new Settings(Lang.EN, true, Choices.defaults());

    private static Msg.Press key(Key k) {
        return new Msg.Press(k, "");
    }

    private static Msg.Press type(String c) {
        return new Msg.Press(Key.CHAR, c);
    }

    /** The screen with {@code row} selected, after {@code presses}; the last step's commands are returned too. */
    private static Next press(SettingsScreen screen, Msg... presses) {
        Next next = Next.stay(screen);
        for (Msg m : presses) {
            next = next.screen().update(m);
        }
        return next;
    }

    private static SettingsScreen at(int row) {
        return new SettingsScreen(START, row, true, "", false, DECKS);
    }

    @Test
    void theDeckStepsThroughTheDecksBothWaysAndWrapsRound() {
        Next forward = press(at(2), key(Key.ENTER));
        assertThat(forward.cmds()).containsExactly(new Cmd.ApplySettings(START.withChoices(
                Choices.defaults().withDeck("trojans"))));
        Next wrapped = press(at(2), key(Key.RIGHT), key(Key.RIGHT));
        assertThat(((SettingsScreen) wrapped.screen()).settings().choices().deck()).isEqualTo("all");
        Next back = press(at(2), key(Key.LEFT));
        assertThat(((SettingsScreen) back.screen()).settings().choices().deck()).isEqualTo("all");
    }

    @Test
    void newCardsADayAndTheDrillsDeckAreRowsOfTheirOwn() {
        SettingsScreen s = at(6);
        assertThat(text(s.view(Fixtures.look()))).contains("New cards a day: 20").contains("Deck for the drill: well-known");
        Next more = press(s, key(Key.RIGHT));
        assertThat(more.cmds()).containsExactly(new Cmd.ApplySettings(START.withChoices(Choices.defaults().withNewPerDay(30))));
        assertThat(((SettingsScreen) press(s, key(Key.LEFT)).screen()).settings().choices().newPerDay()).isEqualTo(10);
        Next drill = press(at(7), key(Key.ENTER));
        assertThat(((SettingsScreen) drill.screen()).settings().choices().drillDeck()).isEqualTo("all");
        assertThat(text(drill.screen().view(Fixtures.look(Lang.ZH, true, 80, 24)))).contains("练习用的卡组：all — 全部端口");
    }

    @Test
    void aDeckThatIsNoLongerThereGivesWayToTheFirstOrLast() {
        Settings gone = START.withChoices(Choices.defaults().withDeck("deleted"));
        SettingsScreen s = new SettingsScreen(gone, 2, true, "", false, DECKS);
        assertThat(((SettingsScreen) s.update(type(" ")).screen()).settings().choices().deck()).isEqualTo("all");
        assertThat(((SettingsScreen) s.update(type("h")).screen()).settings().choices().deck()).isEqualTo("trojans");
        assertThat(new SettingsScreen(gone, 2, true, "", false, List.of()).update(key(Key.ENTER)).cmds())
                .as("nothing to choose from: nothing changes").isEmpty();
    }

    @Test
    void theAnswerModeAndTheQuizLengthCycle() {
        SettingsScreen mode = (SettingsScreen) press(at(3), key(Key.ENTER), key(Key.ENTER)).screen();
        assertThat(mode.settings().choices().mode()).isEqualTo(AnswerMode.FLIP);
        assertThat(((SettingsScreen) mode.update(key(Key.ENTER)).screen()).settings().choices().mode())
                .isEqualTo(AnswerMode.TYPED);
        SettingsScreen quiz = at(4);
        assertThat(((SettingsScreen) quiz.update(key(Key.RIGHT)).screen()).settings().choices().quizSeconds()).isEqualTo(120);
        assertThat(((SettingsScreen) quiz.update(key(Key.LEFT)).screen()).settings().choices().quizSeconds()).isEqualTo(30);
        SettingsScreen odd = new SettingsScreen(START.withChoices(Choices.defaults().withQuizSeconds(45)), 4, true, "",
                false, DECKS);
        assertThat(((SettingsScreen) odd.update(key(Key.RIGHT)).screen()).settings().choices().quizSeconds())
                .as("a length set elsewhere steps to the next offered").isEqualTo(60);
        SettingsScreen longest = new SettingsScreen(START.withChoices(Choices.defaults().withQuizSeconds(300)), 4,
                true, "", false, DECKS);
        assertThat(((SettingsScreen) longest.update(key(Key.RIGHT)).screen()).settings().choices().quizSeconds()).isEqualTo(30);
    }

    @Test
    void everyRowShowsItsValueInTheInterfaceLanguage() {
        SettingsScreen s = new SettingsScreen(START.withChoices(new Choices("network-plus", AnswerMode.CHOICE, 120, 0.9)), 0, true,
                "", false, DECKS);
        assertThat(text(s.view(Fixtures.look()))).contains("Language: English (en)").contains("Colour: on")
                .contains("Deck for study and the quiz: network-plus — Exam ports").contains("Answers: multiple choice")
                .contains("Quiz length: 120 s");
        assertThat(text(s.view(Fixtures.look(Lang.ZH, true, 80, 24)))).contains("卡组：network-plus — 考试端口")
                .contains("作答方式：四选一").contains("测验时长：120 秒");
    }

    @Test
    void desiredRetentionStepsByHundredthsWithinItsRangeAndIsApplied() {
        SettingsScreen s = new SettingsScreen(START, 8, true, "", false, DECKS);
        assertThat(text(s.view(Fixtures.look()))).contains("Desired retention: 0.90");
        Next up = s.update(key(Key.RIGHT));
        Settings raised = START.withChoices(Choices.defaults().stepRetention(1));
        assertThat(raised.choices().retention()).isEqualTo(0.91);
        assertThat(up.cmds()).containsExactly(new Cmd.ApplySettings(raised));
        SettingsScreen lowest = new SettingsScreen(START.withChoices(new Choices("exam", AnswerMode.TYPED, 60, 0.7)), 8,
                true, "", false, DECKS);
        assertThat(((SettingsScreen) lowest.update(key(Key.LEFT)).screen()).settings().choices().retention()).isEqualTo(0.99);
        assertThat(text(lowest.view(Fixtures.look(Lang.ZH, true, 80, 24)))).contains("期望保留率：0.70");
    }

    @Test
    void colourRefusedByTheEnvironmentSaysWhyAndCannotBeChanged() {
        SettingsScreen refused = new SettingsScreen(new Settings(Lang.EN, false, Choices.defaults()), 1, false, "",
                false, DECKS);
        assertThat(text(refused.view(Fixtures.look()))).contains("Colour: off (--no-color or NO_COLOR)");
        assertThat(refused.update(key(Key.ENTER)).cmds()).isEmpty();
    }

    @Test
    void theMenuSaysWhatItsSessionsWillUse() {
        Look look = new Look(Lang.EN, Theme.of(false), 100, 24, new Choices("trojans", AnswerMode.FLIP, 30, 0.9));
        assertThat(text(MenuScreen.start().view(look)))
                .contains("Deck trojans · answers flip cards (typed in the quiz) · quiz 30 s");
        Look choice = new Look(Lang.EN, Theme.of(false), 100, 24, new Choices("network-plus", AnswerMode.CHOICE, 60, 0.9));
        assertThat(text(MenuScreen.start().view(choice))).contains("Deck network-plus · answers multiple choice · quiz 60 s");
    }
}
