package com.portdrill.tui;

import com.portdrill.i18n.Lang;
import com.portdrill.session.AnswerMode;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.portdrill.tui.Fixtures.key;
import static com.portdrill.tui.Fixtures.text;
import static com.portdrill.tui.Fixtures.type;
import static org.assertj.core.api.Assertions.assertThat;

class AppTest {
    private static final Settings EN = new Settings(Lang.EN, true, Choices.defaults());

    private static App menu(int cols, int rows) {
        return App.start(MenuScreen.start(), EN, cols, rows);
    }

    @Test
    void theMenuDrawsEveryEntryAndFitsTheWindowExactly() {
        Frame f = menu(80, 24).view();
        assertThat(f.lines()).hasSize(24);
        assertThat(text(f)).contains("Study").contains("Timed quiz").contains("Review missed").contains("Drill")
                .contains("Statistics").contains("Look up").contains("Settings").contains("Quit");
        assertThat(f.lines()).allSatisfy(l -> assertThat(l.columnLength()).isLessThan(80));
    }

    @Test
    void helpOpensWithQuestionMarkAndAnyKeyClosesIt() {
        App.Step help = App.update(menu(80, 24), type("?"));
        assertThat(help.app().help()).isTrue();
        assertThat(text(help.app().view())).contains("Keys").contains("Ctrl-C");
        App.Step closed = App.update(help.app(), key(Key.DOWN));
        assertThat(closed.app().help()).isFalse();
        assertThat(((MenuScreen) closed.app().top()).selected()).as("the closing key does nothing else").isZero();
    }

    @Test
    void ctrlCLeavesFromAnyScreenEvenWhileTyping() {
        App study = App.start(Fixtures.screen(Fixtures.review(AnswerMode.TYPED, Fixtures.ssh())), EN, 80, 24);
        App typing = App.update(study, type("s")).app();
        assertThat(App.update(typing, key(Key.CTRL_C)).exits()).isTrue();
        assertThat(App.update(typing, new Msg.Interrupted()).exits()).isTrue();
        assertThat(App.update(typing, key(Key.CTRL_C)).cmds()).as("the process exits 130").containsExactly(new Cmd.Interrupt());
    }

    @Test
    void openedScreensStackAndBackPops() {
        App.Step open = App.update(menu(80, 24), type("o"));
        assertThat(open.cmds()).containsExactly(new Cmd.Open(Destination.SETTINGS));
        App settings = App.update(open.app(), new Msg.Opened(SettingsScreen.of(EN, true, "", List.of()))).app();
        assertThat(settings.stack()).hasSize(2);
        App back = App.update(settings, key(Key.ESC)).app();
        assertThat(back.stack()).hasSize(1);
        assertThat(back.top()).isInstanceOf(MenuScreen.class);
        assertThat(App.update(back, type("q")).exits()).isTrue();
    }

    @Test
    void aScreenThatCannotOpenLeavesANoticeUntilTheNextKey() {
        App noticed = App.update(menu(80, 24), new Msg.Notice("Nothing to review")).app();
        assertThat(text(noticed.view()).lines().reduce((a, b) -> b).orElseThrow()).contains("Nothing to review");
        assertThat(text(App.update(noticed, key(Key.DOWN)).app().view())).doesNotContain("Nothing to review");
    }

    @Test
    void settingsChangeTheLanguageAtOnce() {
        App settings = App.update(menu(80, 24), new Msg.Opened(SettingsScreen.of(EN, true, "not saved", List.of()))).app();
        App.Step changed = App.update(settings, key(Key.ENTER));
        assertThat(changed.cmds()).containsExactly(new Cmd.ApplySettings(new Settings(Lang.ZH, true, Choices.defaults())),
                new Cmd.CountWaiting());
        assertThat(text(changed.app().view())).contains("设置").contains("语言").contains("not saved");
        App back = App.update(changed.app(), key(Key.ESC)).app();
        assertThat(text(back.view())).contains("学习").contains("退出");
    }

    @Test
    void colourCannotBeTurnedOnWhenNoColourIsAsked() {
        SettingsScreen s = new SettingsScreen(new Settings(Lang.EN, false, Choices.defaults()), 1, false, "", false, List.of());
        Next n = s.update(key(Key.ENTER));
        assertThat(((SettingsScreen) n.screen()).settings().colour()).isFalse();
    }

    @Test
    void resizeRedrawsToTheNewSize() {
        App resized = App.update(menu(80, 24), new Msg.Resized(60, 18)).app();
        Frame f = resized.view();
        assertThat(f.lines()).hasSize(18);
        assertThat(f.lines()).allSatisfy(l -> assertThat(l.columnLength()).isLessThan(60));
        assertThat(text(f)).contains("Quit");
    }

    @Test
    void aTinyWindowSaysSoInsteadOfBreaking() {
        for (int[] size : new int[][] {{59, 24}, {80, 17}, {10, 3}, {1, 1}, {0, 0}}) {
            Frame f = App.update(menu(80, 24), new Msg.Resized(size[0], size[1])).app().view();
            assertThat(f.lines()).hasSize(size[1]);
            if (size[0] >= 40 && size[1] >= 1) {
                assertThat(text(f)).contains("Window too small");
            }
            assertThat(f.lines()).allSatisfy(l -> assertThat(l.columnLength()).isLessThanOrEqualTo(Math.max(0, size[0] - 1)));
        }
    }

    @Test
    void noColourMeansNoColourSequencesAnywhere() {
        App plain = App.start(Fixtures.screen(Fixtures.review(AnswerMode.TYPED, Fixtures.pop3())), new Settings(Lang.EN, false, Choices.defaults()), 80, 24);
        App shown = App.update(App.update(App.update(plain, type("x")).app(), key(Key.ENTER)).app(), new Msg.Saved()).app();
        for (App a : List.of(App.start(MenuScreen.start(), new Settings(Lang.EN, false, Choices.defaults()), 80, 24), shown)) {
            for (AttributedString l : a.view().lines()) {
                assertThat(Fixtures.ansi(l)).doesNotContainPattern("\u001b\\[[0-9;]*(3[0-9]|4[0-9]|9[0-7]|10[0-7])[;m]");
            }
        }
        App coloured = App.start(MenuScreen.start(), EN, 80, 24);
        assertThat(coloured.view().lines().stream().map(Fixtures::ansi)).anyMatch(s -> s.contains("34;1m"));
    }

    @Test
    void chineseLinesAreClippedByDisplayWidth() {
        App zh = App.start(MenuScreen.start(), new Settings(Lang.ZH, true, Choices.defaults()), 60, 18);
        Frame f = zh.view();
        assertThat(text(f)).contains("学习（间隔重复）");
        assertThat(f.lines()).allSatisfy(l -> assertThat(l.columnLength()).isLessThan(60));
        AttributedString wide = Lines.line(Theme.of(false), Span.plain("端口端口端口"));
        assertThat(Lines.clip(wide, 5).toString()).isEqualTo("端口");
        assertThat(Lines.clip(wide, 5).columnLength()).isEqualTo(4);
    }

    @Test
    void theCursorStandsAfterTheTypedTextCountingWideCharacters() {
        App study = App.start(Fixtures.screen(Fixtures.review(AnswerMode.TYPED, Fixtures.ssh())), EN, 80, 24);
        App typed = App.update(App.update(study, type("中")).app(), type("a")).app();
        Frame f = typed.view();
        assertThat(f.cursorShown()).isTrue();
        String row = f.lines().get(f.cursorRow()).toString();
        assertThat(row).startsWith("Your answer: 中a");
        assertThat(f.cursorCol()).isEqualTo("Your answer: ".length() + 3);
    }
}
