package com.portdrill.tui;

import com.portdrill.deck.PortKnowledge;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Message;
import com.portdrill.session.AnswerMode;
import com.portdrill.session.QuizSession;
import com.portdrill.testing.ShippedKnowledge;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

import static com.portdrill.tui.Fixtures.T0;
import static com.portdrill.tui.Fixtures.key;
import static com.portdrill.tui.Fixtures.type;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each screen's key table against what the screen does and what its {@code ?} help shows: every key a screen reacts
 * to is taken by a binding whose help line the help lists, and every key of every binding reaches that binding in
 * one of the screen's states (no earlier binding hides it).
 */
class KeyTableTest {
    private static final Settings EN = new Settings(Lang.EN, true, Choices.defaults());

    /** Every key the driver sends to a screen: the named keys and the printable characters. */
    private static List<Msg.Press> probes() {
        List<Msg.Press> out = new ArrayList<>();
        for (Key k : Key.values()) {
            if (k != Key.CHAR && k != Key.CTRL_C) {
                out.add(key(k));
            }
        }
        for (char c = ' '; c <= '~'; c++) {
            if (c != '?') {
                out.add(type(String.valueOf(c)));
            }
        }
        out.add(type("！"));
        out.add(type("中"));
        return out;
    }

    /** The help overlay as the app draws it over {@code screen}, wide enough that no line wraps. */
    private static String overlay(Screen screen) {
        App open = App.update(App.start(screen, EN, 240, 60), type("?")).app();
        return Fixtures.text(open.view());
    }

    /** The same entry of a table, built again: a screen may build its table when asked. */
    private static <S extends Screen> boolean same(KeyTable.Binding<S> a, KeyTable.Binding<S> b) {
        return a.help() == b.help() && a.chords().equals(b.chords());
    }

    /** The keys that type {@code text}. */
    private static Msg[] typing(String text) {
        return text.codePoints().mapToObj(cp -> type(new String(Character.toChars(cp)))).toArray(Msg[]::new);
    }

    private static <S extends Screen> void agree(List<S> states, Function<S, KeyTable<S>> table) {
        List<KeyTable.Binding<S>> reached = new ArrayList<>();
        for (S s : states) {
            KeyTable<S> keys = table.apply(s);
            assertThat(s.keys()).as("the help is the table's").isEqualTo(keys.help());
            String help = overlay(s);
            String drawn = Fixtures.text(s.view(Fixtures.look(Lang.EN, true, 200, 40)));
            keys.hint(s).ifPresent(h -> assertThat(drawn).as("the hint line").contains(h.in(Lang.EN)));
            for (Message line : s.keys()) {
                assertThat(help).as("the overlay shows %s", line).contains(line.in(Lang.EN));
            }
            for (Msg.Press p : probes()) {
                Next n = s.update(p);
                if (!n.equals(Next.stay(s))) {
                    assertThat(keys.binding(s, p)).as("%s handled on %s is in the table", p, s.getClass().getSimpleName())
                            .isPresent();
                    assertThat(s.keys()).contains(keys.binding(s, p).orElseThrow().help());
                }
            }
            for (KeyTable.Binding<S> b : keys.bindings()) {
                for (KeyTable.Chord c : b.chords()) {
                    if (keys.binding(s, c.press()).filter(found -> same(found, b)).isPresent()) {
                        reached.add(b);
                    }
                }
            }
        }
        for (S s : states) {
            for (KeyTable.Binding<S> b : table.apply(s).bindings()) {
                for (KeyTable.Chord c : b.chords()) {
                    boolean somewhere = states.stream().anyMatch(t -> table.apply(t).binding(t, c.press())
                            .filter(found -> same(found, b)).isPresent());
                    assertThat(somewhere).as("%s (%s) reaches its binding in some state", c, b.help()).isTrue();
                }
            }
        }
        assertThat(reached).isNotEmpty();
        if (table.apply(states.get(0)).hint().isPresent()) {
            assertThat(states).as("the hint line shows where its keys work").anyMatch(t -> table.apply(t).hint(t).isPresent());
        }
    }

    private static StudyScreen step(StudyScreen s, Msg... msgs) {
        StudyScreen out = s;
        for (Msg m : msgs) {
            out = (StudyScreen) out.update(m).screen();
        }
        return out;
    }

    private static QuizScreen step(QuizScreen s, Msg... msgs) {
        QuizScreen out = s;
        for (Msg m : msgs) {
            out = (QuizScreen) out.update(m).screen();
        }
        return out;
    }

    @Test
    void theMenuHandlesWhatItsHelpLists() {
        agree(List.of(MenuScreen.start(), new MenuScreen(3, null)), MenuScreen::table);
    }

    @Test
    void theSettingsHandleWhatTheirHelpLists() {
        SettingsScreen s = SettingsScreen.of(EN, true, "", List.of(new DeckChoice("all", "All ports", "全部端口"),
                new DeckChoice("network-plus", "Exam ports", "考试端口")));
        agree(List.of(s, (SettingsScreen) s.update(key(Key.DOWN)).screen()), SettingsScreen::table);
    }

    @Test
    void theLookUpHandlesWhatItsHelpLists() {
        PortKnowledge knowledge = ShippedKnowledge.knowledge();
        LookupScreen empty = LookupScreen.of(knowledge, Lang.EN);
        LookupScreen typed = (LookupScreen) empty.update(type("2")).screen();
        agree(List.of(empty, typed), LookupScreen::table);
    }

    @Test
    void aTextScreenHandlesWhatItsHelpLists() {
        TextScreen plain = TextScreen.of((width, lang) -> List.of("one", "two"));
        TextScreen stats = plain.with(new TextScreen.Action("f", Destination.OPTIMIZE, Message.STATS_FIT));
        agree(List.of(plain), TextScreen::table);
        agree(List.of(stats), TextScreen::table);
    }

    @Test
    void aTypedStudyHandlesWhatItsHelpListsInEveryPhase() {
        StudyScreen asking = Fixtures.screen(Fixtures.review(AnswerMode.TYPED, Fixtures.ssh()));
        StudyScreen typing = step(asking, typing("openssh"));
        StudyScreen saving = step(typing, key(Key.ENTER));
        StudyScreen wrong = step(saving, new Msg.Saved());
        StudyScreen over = step(asking, typing("ssh"));
        over = step(over, key(Key.ENTER), new Msg.Saved(), key(Key.ENTER));
        assertThat(List.of(asking.phase(), saving.phase(), wrong.phase(), over.phase()))
                .extracting(p -> p.getClass().getSimpleName()).containsExactly("Asking", "Saving", "Feedback", "Over");
        agree(List.of(asking, typing, saving, wrong, over), StudyScreen::table);
        assertThat(saving.table().hint(saving)).as("Esc does nothing while an answer is saving").isEmpty();
        assertThat(Fixtures.text(saving.view(Fixtures.look()))).doesNotContain("Esc: back");
        assertThat(Fixtures.text(wrong.view(Fixtures.look()))).contains("Esc: back · ?: keys");
    }

    @Test
    void aChoiceStudyHandlesWhatItsHelpListsInEveryPhase() {
        StudyScreen asking = Fixtures.screen(Fixtures.review(AnswerMode.CHOICE, Fixtures.ssh()));
        int right = asking.question().right();
        StudyScreen wrong = step(asking, type(String.valueOf(right == 0 ? 2 : 1)), new Msg.Saved());
        StudyScreen over = step(asking, type(String.valueOf(right + 1)), new Msg.Saved(), key(Key.ENTER));
        assertThat(over.phase()).isInstanceOf(StudyPhase.Over.class);
        agree(List.of(asking, wrong, over), StudyScreen::table);
    }

    @Test
    void aFlipStudyHandlesWhatItsHelpListsInEveryPhase() {
        StudyScreen asking = Fixtures.screen(Fixtures.review(AnswerMode.FLIP, Fixtures.ssh()));
        StudyScreen revealed = step(asking, type(" "));
        StudyScreen feedback = step(revealed, type("3"), new Msg.Saved());
        StudyScreen over = step(feedback, key(Key.ENTER));
        assertThat(revealed.phase()).isInstanceOf(StudyPhase.Revealed.class);
        assertThat(over.phase()).isInstanceOf(StudyPhase.Over.class);
        agree(List.of(asking, revealed, feedback, over), StudyScreen::table);
    }

    @Test
    void aQuizHandlesWhatItsHelpListsInEveryPhase() {
        for (AnswerMode mode : List.of(AnswerMode.TYPED, AnswerMode.CHOICE)) {
            QuizSession quiz = QuizSession.start("test", List.of(Fixtures.ssh(), Fixtures.dns()), 60, mode, T0,
                    new SplittableRandom(7));
            QuizScreen ready = (QuizScreen) StudyScreen.of(quiz, "Test deck", List.of(), T0);
            QuizScreen asking = step(ready, key(Key.ENTER));
            QuizScreen typing = step(asking, type("s"));
            QuizScreen saving = mode == AnswerMode.TYPED
                    ? step(step(asking, typing(asking.question().answer())), key(Key.ENTER)) : step(asking, type("1"));
            QuizScreen over = step(asking, key(Key.ESC));
            assertThat(ready.phase()).isInstanceOf(QuizPhase.Ready.class);
            assertThat(saving.phase()).isInstanceOf(QuizPhase.Saving.class);
            assertThat(over.phase()).isInstanceOf(QuizPhase.Over.class);
            agree(List.of(ready, asking, typing, saving, over), QuizScreen::table);
        }
    }
}
