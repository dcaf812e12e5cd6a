package com.portdrill.tui;

import com.portdrill.i18n.Lang;
import com.portdrill.session.QuizResult;
import com.portdrill.session.QuizSession;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static com.portdrill.tui.Fixtures.T0;
import static com.portdrill.tui.Fixtures.key;
import static com.portdrill.tui.Fixtures.look;
import static com.portdrill.tui.Fixtures.screen;
import static com.portdrill.tui.Fixtures.text;
import static com.portdrill.tui.Fixtures.type;
import static org.assertj.core.api.Assertions.assertThat;

class QuizScreenTest {

    private static QuizScreen typed(QuizScreen s, String text) {
        QuizScreen out = s;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            out = (QuizScreen) out.update(type(new String(Character.toChars(cp)))).screen();
            i += Character.charCount(cp);
        }
        return out;
    }

    private static QuizScreen at(QuizScreen s, Duration after) {
        return (QuizScreen) s.update(new Msg.Tick(T0.plus(after))).screen();
    }

    private static LineEditor input(QuizScreen s) {
        return ((Asking) s.phase()).input();
    }

    @Test
    void countdownTicksChangeTheHeaderButNeverTheInput() {
        QuizSession quiz = Fixtures.quiz(60, Fixtures.ssh(), Fixtures.dns());
        QuizScreen s = typed(screen(quiz), "ss");
        QuizScreen later = at(s, Duration.ofSeconds(1));
        assertThat(input(later)).isEqualTo(input(s));
        assertThat(text(s.view(look())).lines().findFirst().orElseThrow()).contains("1:00 left");
        assertThat(text(later.view(look())).lines().findFirst().orElseThrow()).contains("0:59 left");
        QuizScreen urgent = at(s, Duration.ofMillis(50_300));
        QuizScreen urgentLater = at(s, Duration.ofMillis(50_500));
        assertThat(text(urgent.view(look())).lines().findFirst().orElseThrow()).contains("9.7 s left");
        assertThat(text(urgentLater.view(look())).lines().findFirst().orElseThrow()).contains("9.5 s left");
        assertThat(input(urgent).text()).isEqualTo("ss");
    }

    @Test
    void theLastTenSecondsChangeColour() {
        QuizScreen s = screen(Fixtures.quiz(60, Fixtures.ssh()));
        String calm = Fixtures.ansi(at(s, Duration.ofSeconds(30)).view(look()).lines().get(0));
        String urgent = Fixtures.ansi(at(s, Duration.ofSeconds(55)).view(look()).lines().get(0));
        assertThat(urgent).contains("\u001b[31;1m5.0 s left");
        assertThat(calm).doesNotContain("[31").contains("\u001b[35;1m0:30 left");
    }

    @Test
    void theDeadlineEndsTheQuizMidAnswerWithoutScoringIt() {
        QuizScreen s = typed(screen(Fixtures.quiz(60, Fixtures.ssh(), Fixtures.dns())), "ss");
        Next end = s.update(new Msg.Tick(T0.plusSeconds(60)));
        QuizScreen over = (QuizScreen) end.screen();
        assertThat(over.phase()).isInstanceOf(QuizPhase.Over.class);
        assertThat(end.cmds()).hasSize(1).first().isInstanceOf(Cmd.KeepQuizResult.class);
        assertThat(((Cmd.KeepQuizResult) end.cmds().get(0)).result().answered()).isZero();
        assertThat(text(over.view(look()))).contains("Time is up").contains("Score 0 of 0")
                .contains("Not scored, time ran out while you typed: ss").contains("Accuracy –");
        assertThat(over.update(type("h")).cmds()).isEmpty();
        assertThat(over.update(key(Key.ENTER)).cmds()).containsExactly(new Cmd.Back());
    }

    @Test
    void aQuizAnswerSavedBeforeTheDeadlineCountsAndTheSummaryExplainsTheMisses() {
        QuizScreen s = screen(Fixtures.quiz(60, Fixtures.ssh(), Fixtures.dns()));
        String firstId = s.question().card().id();
        s = at(s, Duration.ofSeconds(10));
        s = typed(s, "nonsense 1");
        QuizScreen saving = (QuizScreen) s.update(key(Key.ENTER)).screen();
        QuizScreen next = (QuizScreen) saving.update(new Msg.Saved()).screen();
        assertThat(next.phase()).as("a quiz goes straight on").isInstanceOf(Asking.class);
        assertThat(text(next.view(look()))).contains("Wrong · Answer:");
        QuizScreen typedRight = typed(at(next, Duration.ofSeconds(20)), next.question().card().id().equals("s2p:53") ? "53" : "ssh");
        QuizScreen savingRight = (QuizScreen) typedRight.update(key(Key.ENTER)).screen();
        Next end = savingRight.update(new Msg.Tick(T0.plusSeconds(61)));
        QuizScreen over = (QuizScreen) end.screen();
        assertThat(((Cmd.KeepQuizResult) end.cmds().get(0)).result().answered()).isEqualTo(2);
        assertThat(((Cmd.KeepQuizResult) end.cmds().get(0)).result().correct()).isEqualTo(1);
        String summary = text(over.view(look(Lang.EN, true, 80, 40)));
        assertThat(summary).contains("Score 1 of 2").contains("Accuracy 50%").contains("2.0 answers a minute")
                .contains("A personal best!").contains("Missed (↑ ↓ scroll):")
                .contains("the answer: 53 · you said: nonsense 1");
        int shown = text(over.view(look(Lang.EN, true, 80, 20))).lines().toList().indexOf("Missed (↑ ↓ scroll):");
        QuizScreen down = (QuizScreen) over.update(key(Key.DOWN)).screen();
        down = (QuizScreen) down.update(key(Key.DOWN)).screen();
        assertThat(text(down.view(look(Lang.EN, true, 80, 20))).lines().toList().indexOf("Missed (↑ ↓ scroll):"))
                .as("the summary scrolls").isEqualTo(shown - 2);
        assertThat(((QuizPhase.Over) ((QuizScreen) down.update(key(Key.UP)).screen()).phase()).scroll()).isEqualTo(1);
        assertThat(firstId).isIn("p2s:22", "s2p:53");
    }

    @Test
    void aQuizWaitsForEnterBeforeItsClockStartsAndShowsNoQuestionUntilThen() {
        QuizScreen ready = (QuizScreen) StudyScreen.of(Fixtures.quiz(60, Fixtures.ssh()), "Test deck", List.of(), T0);
        assertThat(ready.phase()).isInstanceOf(QuizPhase.Ready.class);
        QuizScreen later = at(ready, Duration.ofSeconds(90));
        assertThat(later.phase()).as("no clock runs before Enter").isInstanceOf(QuizPhase.Ready.class);
        assertThat(text(later.view(look()))).contains("Press Enter to start the clock").contains("1:00 left")
                .doesNotContain("Port 22");
        QuizScreen started = (QuizScreen) later.update(key(Key.ENTER)).screen();
        assertThat(started.phase()).isInstanceOf(Asking.class);
        assertThat(started.quiz().deadline()).isEqualTo(T0.plusSeconds(150));
        assertThat(text(started.view(look()))).contains("Port 22");
    }

    @Test
    void escInAQuizEndsItEarlyWithTheSummary() {
        QuizScreen s = at(screen(Fixtures.quiz(60, Fixtures.ssh())), Duration.ofSeconds(12));
        Next n = s.update(key(Key.ESC));
        assertThat(((QuizScreen) n.screen()).phase()).isInstanceOf(QuizPhase.Over.class);
        assertThat(((Cmd.KeepQuizResult) n.cmds().get(0)).result().finishedAt()).isEqualTo(T0.plusSeconds(12));
        assertThat(text(n.screen().view(look()))).contains("Quiz stopped early").doesNotContain("Time is up");
        QuizResult kept = ((Cmd.KeepQuizResult) n.cmds().get(0)).result();
        assertThat(kept.ranMs()).isEqualTo(12_000);
        assertThat(text(n.screen().view(look(Lang.EN, false, 80, 40)))).contains("Accuracy –")
                .contains("Ran 12 s of 60: not a best for the full length").doesNotContain("Accuracy 0%");
    }
}
