package com.portdrill.tui;

import com.portdrill.i18n.Message;
import org.junit.jupiter.api.Test;

import static com.portdrill.tui.Fixtures.key;
import static com.portdrill.tui.Fixtures.type;
import static org.assertj.core.api.Assertions.assertThat;

class MenuScreenTest {
    @Test
    void arrowsAndJkMoveAroundTheEnds() {
        MenuScreen m = MenuScreen.start();
        assertThat(((MenuScreen) m.update(key(Key.DOWN)).screen()).selected()).isEqualTo(1);
        assertThat(((MenuScreen) m.update(type("j")).screen()).selected()).isEqualTo(1);
        assertThat(((MenuScreen) m.update(key(Key.UP)).screen()).selected()).isEqualTo(7);
        assertThat(((MenuScreen) m.update(type("k")).screen()).selected()).isEqualTo(7);
    }

    @Test
    void itsHelpSaysEscAndQLeavePortdrillRatherThanGoBack() {
        assertThat(MenuScreen.start().keys()).contains(Message.HELP_LEAVE)
                .doesNotContain(Message.HELP_BACK);
    }

    @Test
    void enterOpensTheSelectedEntry() {
        MenuScreen quiz = (MenuScreen) MenuScreen.start().update(key(Key.DOWN)).screen();
        assertThat(quiz.update(key(Key.ENTER)).cmds()).containsExactly(new Cmd.Open(Destination.QUIZ));
    }

    @Test
    void numbersAndLettersJumpStraightThere() {
        MenuScreen m = MenuScreen.start();
        assertThat(m.update(type("1")).cmds()).containsExactly(new Cmd.Open(Destination.STUDY));
        assertThat(m.update(type("3")).cmds()).containsExactly(new Cmd.Open(Destination.REVIEW));
        assertThat(m.update(type("d")).cmds()).containsExactly(new Cmd.Open(Destination.DRILL));
        assertThat(m.update(type("c")).cmds()).containsExactly(new Cmd.Open(Destination.STATS));
        assertThat(m.update(type("6")).cmds()).containsExactly(new Cmd.Open(Destination.LOOKUP));
        assertThat(m.update(type("L")).cmds()).containsExactly(new Cmd.Open(Destination.LOOKUP));
        assertThat(m.update(type("8")).cmds()).containsExactly(new Cmd.Exit());
        assertThat(m.update(type("q")).cmds()).containsExactly(new Cmd.Exit());
        assertThat(m.update(key(Key.ESC)).cmds()).containsExactly(new Cmd.Exit());
        assertThat(m.update(type("z")).cmds()).isEmpty();
    }

    @Test
    void theMenuShowsWhatIsWaitingOnceCountedAndIsCountedAgainOnTheWayBack() {
        App app = App.start(MenuScreen.start(), new Settings(com.portdrill.i18n.Lang.EN, false, Choices.defaults()), 80, 24);
        assertThat(Fixtures.text(app.view())).doesNotContain("due,");
        App counted = App.update(app, new Msg.Waiting(12, 20, 3)).app();
        String menu = Fixtures.text(counted.view());
        assertThat(menu).contains("Study (spaced repetition)  · 12 due, 20 new").contains("Review missed  · 3 missed");
        App opened = App.update(counted, new Msg.Opened(TextScreen.of((w, l) -> java.util.List.of("x")))).app();
        App.Step back = App.update(opened, key(Key.ESC));
        assertThat(back.cmds()).containsExactly(new Cmd.CountWaiting());
        assertThat(back.app().stack()).hasSize(1);
    }
}
