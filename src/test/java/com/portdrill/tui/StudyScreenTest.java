package com.portdrill.tui;

import com.portdrill.deck.NameIndex;
import com.portdrill.catalogue.Verdict;
import com.portdrill.deck.AnswerKind;
import com.portdrill.deck.Card;
import com.portdrill.deck.Direction;
import com.portdrill.deck.Explanation;
import com.portdrill.deck.Outcome;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Message;
import com.portdrill.journal.JournalLine;
import com.portdrill.journal.StudyMode;
import com.portdrill.session.AnswerMode;
import com.portdrill.session.Attempt;
import com.portdrill.session.Session;
import com.portdrill.srs.Rating;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static com.portdrill.tui.Fixtures.T0;
import static com.portdrill.tui.Fixtures.key;
import static com.portdrill.tui.Fixtures.look;
import static com.portdrill.tui.Fixtures.screen;
import static com.portdrill.tui.Fixtures.text;
import static com.portdrill.tui.Fixtures.type;
import static org.assertj.core.api.Assertions.assertThat;

class StudyScreenTest {

    private static StudyScreen typed(StudyScreen s, String text) {
        StudyScreen out = s;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            out = (StudyScreen) out.update(type(new String(Character.toChars(cp)))).screen();
            i += Character.charCount(cp);
        }
        return out;
    }

    private static LineEditor input(StudyScreen s) {
        return ((Asking) s.phase()).input();
    }

    private static Attempt.Judged judged(StudyScreen s) {
        return ((StudyPhase.Feedback) s.phase()).judged();
    }

    private static StudyScreen at(StudyScreen s, Duration after) {
        return (StudyScreen) s.update(new Msg.Tick(T0.plus(after))).screen();
    }

    @Test
    void typingEditsTheAnswerLine() {
        StudyScreen s = typed(screen(Fixtures.review(AnswerMode.TYPED, Fixtures.ssh())), "sshx");
        s = (StudyScreen) s.update(key(Key.BACKSPACE)).screen();
        assertThat(input(s).text()).isEqualTo("ssh");
        s = (StudyScreen) s.update(key(Key.HOME)).screen();
        s = typed(s, "中");
        assertThat(input(s).text()).isEqualTo("中ssh");
        assertThat(input(s).cursorColumn()).isEqualTo(2);
        s = (StudyScreen) s.update(key(Key.CTRL_U)).screen();
        assertThat(input(s).text()).isEmpty();
        assertThat(s.phase()).isInstanceOf(Asking.class);
    }

    @Test
    void aNameWhereAPortIsAskedIsNotScoredAndSaysANumberIsWanted() {
        StudyScreen s = typed(screen(Fixtures.review(AnswerMode.TYPED, Fixtures.dns())), "DNS");
        Next submitted = s.update(key(Key.ENTER));
        StudyScreen again = (StudyScreen) submitted.screen();
        assertThat(submitted.cmds()).isEmpty();
        assertThat(again.phase()).isInstanceOf(Asking.class);
        assertThat(text(again.view(look()))).contains("A port number is wanted here (not scored)");
        assertThat(input(again).text()).as("the name is taken out, for the number to be typed").isEmpty();
        StudyScreen answered = typed(again, "53");
        assertThat(input(answered).text()).isEqualTo("53");
    }

    @Test
    void submittingSavesFirstAndShowsTheVerdictOnlyOnceSaved() {
        StudyScreen s = at(typed(screen(Fixtures.review(AnswerMode.TYPED, Fixtures.ssh())), "ssh"), Duration.ofSeconds(5));
        Next submitted = s.update(key(Key.ENTER));
        StudyScreen saving = (StudyScreen) submitted.screen();
        assertThat(saving.phase()).isInstanceOf(StudyPhase.Saving.class);
        assertThat(submitted.cmds()).hasSize(1).first().isInstanceOf(Cmd.RecordAnswer.class);
        JournalLine review = ((Cmd.RecordAnswer) submitted.cmds().get(0)).review();
        assertThat(review.cardId()).isEqualTo("p2s:22");
        assertThat(review.outcome()).isEqualTo(Outcome.CORRECT);
        assertThat(review.rating()).isEqualTo(Rating.GOOD);
        assertThat(review.durationMs()).isEqualTo(5000);
        assertThat(review.mode()).isEqualTo(StudyMode.REVIEW);
        String whileSaving = text(saving.view(look()));
        assertThat(whileSaving).contains("Saving").doesNotContain("Correct").doesNotContain("Secure Shell, remote");

        StudyScreen shown = (StudyScreen) saving.update(new Msg.Saved()).screen();
        assertThat(shown.phase()).isInstanceOf(StudyPhase.Feedback.class);
        String feedback = text(shown.view(look()));
        assertThat(feedback).contains("Correct").contains("Answer: SSH").contains("Secure Shell, remote login.")
                .contains("IANA: tcp/udp 22 ssh").contains("Rated 3 Good");
        assertThat(feedback.split("Answer: SSH", -1)).as("the answer is said once").hasSize(2);
    }

    @Test
    void aFailedSaveStillShowsTheVerdictAndSaysTheAnswerIsPending() {
        StudyScreen s = typed(screen(Fixtures.review(AnswerMode.TYPED, Fixtures.ssh())), "telnet");
        StudyScreen saving = (StudyScreen) s.update(key(Key.ENTER)).screen();
        StudyScreen shown = (StudyScreen) saving.update(new Msg.SaveFailed("disk full")).screen();
        assertThat(text(shown.view(look()))).contains("Wrong").contains("You said: telnet.").contains("disk full");
    }

    @Test
    void aBlankAnswerIsAskedAgainWithoutRecording() {
        StudyScreen s = typed(screen(Fixtures.review(AnswerMode.TYPED, Fixtures.ssh())), "  ");
        Next n = s.update(key(Key.ENTER));
        StudyScreen again = (StudyScreen) n.screen();
        assertThat(n.cmds()).isEmpty();
        assertThat(again.phase()).isInstanceOf(Asking.class);
        assertThat(text(again.view(look()))).contains("Type an answer first");
        StudyScreen typing = typed(again, "s");
        assertThat(text(typing.view(look()))).doesNotContain("Type an answer first");
    }

    @Test
    void choiceAnswersWithANumberOrALetter() {
        StudyScreen s = screen(Fixtures.review(AnswerMode.CHOICE, Fixtures.ssh()));
        List<String> options = s.question().options();
        assertThat(options).hasSize(4).contains("SSH");
        assertThat(text(s.view(look()))).contains("1 a)  " + options.get(0)).contains("4 d)  " + options.get(3));
        assertThat(s.update(type("x")).cmds()).isEmpty();
        Next byLetter = s.update(type("b"));
        assertThat(((Cmd.RecordAnswer) byLetter.cmds().get(0)).review().answer()).isEqualTo(options.get(1));
        int right = s.question().right();
        Next byNumber = s.update(type(String.valueOf(right + 1)));
        assertThat(((Cmd.RecordAnswer) byNumber.cmds().get(0)).review().outcome()).isEqualTo(Outcome.CORRECT);
    }

    @Test
    void flipRevealsWithSpaceAndGradesWithOneToFour() {
        StudyScreen s = screen(Fixtures.review(AnswerMode.FLIP, Fixtures.ssh()));
        assertThat(text(s.view(look()))).contains("Space to reveal").doesNotContain("Answer: SSH");
        assertThat(s.update(type("3")).cmds()).as("no grade before the reveal").isEmpty();
        StudyScreen revealed = (StudyScreen) s.update(type(" ")).screen();
        assertThat(revealed.phase()).isInstanceOf(StudyPhase.Revealed.class);
        assertThat(text(revealed.view(look()))).contains("Answer: SSH").contains("1 Again");
        Next graded = revealed.update(type("2"));
        assertThat(((Cmd.RecordAnswer) graded.cmds().get(0)).review().rating()).isEqualTo(Rating.HARD);
    }

    @Test
    void aChangedRatingIsRecordedAsAReGradeBeforeMovingOn() {
        StudyScreen s = typed(screen(Fixtures.review(AnswerMode.TYPED, Fixtures.ssh(), Fixtures.dns())), "ssh");
        StudyScreen shown = (StudyScreen) ((StudyScreen) s.update(key(Key.ENTER)).screen()).update(new Msg.Saved()).screen();
        StudyScreen rerated = (StudyScreen) shown.update(key(Key.RIGHT)).screen();
        assertThat(text(rerated.view(look()))).contains("Rated 4 Easy");
        Next go = rerated.update(key(Key.ENTER));
        assertThat(((StudyScreen) go.screen()).phase()).isInstanceOf(StudyPhase.Saving.class);
        JournalLine regrade = ((Cmd.RecordAnswer) go.cmds().get(0)).review();
        assertThat(regrade.rating()).isEqualTo(Rating.EASY);
        assertThat(regrade.kind()).isEqualTo(JournalLine.Kind.REGRADE);
        StudyScreen next = (StudyScreen) go.screen().update(new Msg.Saved()).screen();
        assertThat(next.phase()).isInstanceOf(Asking.class);
        assertThat(next.question().card().id()).isEqualTo("s2p:53");
    }

    @Test
    void keysPressedToAnswerTheNextCardNeverChangeTheLastOne() {
        Session choice = Fixtures.review(AnswerMode.CHOICE, Fixtures.ssh(), Fixtures.pop3());
        StudyScreen s = screen(choice);
        int wrong = s.question().right() == 0 ? 1 : 0;
        StudyScreen shown = (StudyScreen) ((StudyScreen) s.update(type(Integer.toString(wrong + 1))).screen())
                .update(new Msg.Saved()).screen();
        assertThat(judged(shown).rating()).isEqualTo(Rating.AGAIN);
        int right = judged(shown).question().right();
        assertThat(text(shown.view(look()))).as("the options stay, the right one and the pick marked")
                .contains("✓ " + (right + 1) + " ").contains("✗ " + (wrong + 1) + " ");
        StudyScreen pressed = shown;
        for (String k : List.of("1", "2", "3", "4", "a", "d")) {
            pressed = (StudyScreen) pressed.update(type(k)).screen();
        }
        assertThat(judged(pressed).rating()).isEqualTo(Rating.AGAIN);
        assertThat(pressed.update(key(Key.ENTER)).cmds()).isEmpty();
    }

    @Test
    void iWasRightCountsTheAnswerAsCorrectWithAnOverrulingLineAndPressingItAgainTakesItBack() {
        StudyScreen s = typed(screen(Fixtures.review(AnswerMode.TYPED, Fixtures.ssh(), Fixtures.dns())), "openssh");
        StudyScreen shown = (StudyScreen) ((StudyScreen) s.update(key(Key.ENTER)).screen()).update(new Msg.Saved()).screen();
        assertThat(text(shown.view(look()))).contains("Wrong").contains("Press ! and it counts as correct");
        StudyScreen overruled = (StudyScreen) shown.update(type("!")).screen();
        assertThat(text(overruled.view(look()))).contains("You overruled the judge").contains("Rated 3 Good");
        Next go = overruled.update(key(Key.ENTER));
        JournalLine line = ((Cmd.RecordAnswer) go.cmds().get(0)).review();
        assertThat(List.<Object>of(line.kind(), line.outcome(), line.rating(), line.answer()))
                .isEqualTo(List.<Object>of(JournalLine.Kind.OVERRULE, Outcome.CORRECT, Rating.GOOD, "openssh"));
        StudyScreen next = (StudyScreen) go.screen().update(new Msg.Saved()).screen();
        assertThat(next.session().progress().correct()).isEqualTo(1);

        StudyScreen undone = (StudyScreen) overruled.update(type("!")).screen();
        assertThat(judged(undone).outcome()).isEqualTo(Outcome.WRONG);
        assertThat(undone.update(key(Key.ENTER)).cmds()).as("nothing to correct once taken back").isEmpty();
    }

    @Test
    void aFastRightAnswerOffersEasy() {
        StudyScreen fast = at(typed(screen(Fixtures.review(AnswerMode.TYPED, Fixtures.ssh())), "ssh"), Duration.ofSeconds(1));
        StudyScreen slow = at(typed(screen(Fixtures.review(AnswerMode.TYPED, Fixtures.ssh())), "ssh"), Duration.ofSeconds(20));
        for (StudyScreen s : List.of(fast, slow)) {
            StudyScreen shown = (StudyScreen) ((StudyScreen) s.update(key(Key.ENTER)).screen()).update(new Msg.Saved()).screen();
            assertThat(text(shown.view(look())).contains("press → for Easy if it was easy")).isEqualTo(s == fast);
        }
    }

    @Test
    void aWrongNameThatIsAnotherCardsSaysWhatItIs() {
        StudyScreen s = (StudyScreen) StudyScreen.of(Fixtures.review(AnswerMode.TYPED, Fixtures.ssh(), Fixtures.pop3()), "Test deck",
                List.of(), T0, NameIndex.of(List.of(Fixtures.ssh(), Fixtures.pop3())));
        String asked = s.question().card().id();
        StudyScreen wrong = typed(s, asked.equals("p2s:22") ? "POP3" : "Secure Shell");
        StudyScreen shown = (StudyScreen) ((StudyScreen) wrong.update(key(Key.ENTER)).screen()).update(new Msg.Saved()).screen();
        assertThat(text(shown.view(look()))).contains(asked.equals("p2s:22") ? "POP3 is port 110." : "Secure Shell is SSH, port 22.");
    }

    @Test
    void anUnchangedRatingMovesOnWithoutRecordingTwice() {
        StudyScreen s = typed(screen(Fixtures.review(AnswerMode.TYPED, Fixtures.ssh(), Fixtures.dns())), "ssh");
        StudyScreen shown = (StudyScreen) ((StudyScreen) s.update(key(Key.ENTER)).screen()).update(new Msg.Saved()).screen();
        Next go = shown.update(type(" "));
        assertThat(go.cmds()).isEmpty();
        assertThat(((StudyScreen) go.screen()).question().card().id()).isEqualTo("s2p:53");
    }

    @Test
    void theOtherLanguageIsOneKeyAwayAndASingleDocumentIsNamed() {
        StudyScreen s = typed(screen(Fixtures.review(AnswerMode.TYPED, Fixtures.dns())), "53");
        StudyScreen shown = (StudyScreen) ((StudyScreen) s.update(key(Key.ENTER)).screen()).update(new Msg.Saved()).screen();
        assertThat(text(shown.view(look()))).contains("The English port list says: Domain Name Server.")
                .contains("Only the English port list has this port.").doesNotContain("L: the whole description, and the other language");
        StudyScreen ssh = typed(screen(Fixtures.review(AnswerMode.TYPED, Fixtures.ssh())), "ssh");
        StudyScreen sshShown = (StudyScreen) ((StudyScreen) ssh.update(key(Key.ENTER)).screen()).update(new Msg.Saved()).screen();
        assertThat(text(sshShown.view(look()))).contains("The English port list says: Secure Shell").contains("L: the whole description, and the other language")
                .doesNotContain("安全外壳协议");
        StudyScreen other = (StudyScreen) sshShown.update(type("l")).screen();
        assertThat(text(other.view(look()))).contains("The Chinese port list says: 安全外壳协议").contains("The English port list says: Secure Shell");
        assertThat(text(sshShown.view(look(Lang.ZH, true, 80, 24)))).contains("中文端口表：安全外壳协议").contains("正确")
                .doesNotContain("Secure Shell, remote");
    }

    @Test
    void aWrongDocumentIsShownWithItsCorrection() {
        StudyScreen s = typed(screen(Fixtures.review(AnswerMode.TYPED, Fixtures.pop3())), "pop3");
        StudyScreen shown = (StudyScreen) ((StudyScreen) s.update(key(Key.ENTER)).screen()).update(new Msg.Saved()).screen();
        assertThat(text(shown.view(look()))).contains("The port tables we quote are wrong about this port")
                .contains("Correction: IANA assigns 110 to POP3");
        assertThat(text(shown.view(look(Lang.ZH, true, 80, 24)))).contains("更正：IANA 将 110 分配给 POP3");
    }

    @Test
    void theHelpListsTheKeysOfTheAnswerMode() {
        assertThat(screen(Fixtures.review(AnswerMode.TYPED, Fixtures.ssh())).keys())
                .contains(Message.HELP_EDIT, Message.HELP_RATE).doesNotContain(Message.HELP_CHOICE);
        assertThat(screen(Fixtures.review(AnswerMode.CHOICE, Fixtures.ssh())).keys())
                .contains(Message.HELP_CHOICE).doesNotContain(Message.HELP_EDIT);
        assertThat(screen(Fixtures.review(AnswerMode.FLIP, Fixtures.ssh())).keys()).contains(Message.HELP_FLIP);
    }

    @Test
    void escOrQGoBackButQIsTextWhileTyping() {
        StudyScreen s = screen(Fixtures.review(AnswerMode.TYPED, Fixtures.ssh()));
        assertThat(s.update(key(Key.ESC)).cmds()).containsExactly(new Cmd.Back());
        assertThat(s.update(type("q")).cmds()).containsExactly(new Cmd.Back());
        StudyScreen typing = typed(s, "s");
        Next q = typing.update(type("q"));
        assertThat(q.cmds()).isEmpty();
        assertThat(input(((StudyScreen) q.screen())).text()).isEqualTo("sq");
    }

    @Test
    void theLastAnswerEndsTheSessionWithASummary() {
        StudyScreen s = typed(screen(Fixtures.review(AnswerMode.TYPED, Fixtures.ssh())), "ssh");
        StudyScreen shown = (StudyScreen) ((StudyScreen) s.update(key(Key.ENTER)).screen()).update(new Msg.Saved()).screen();
        StudyScreen over = (StudyScreen) shown.update(key(Key.ENTER)).screen();
        assertThat(over.phase()).isInstanceOf(StudyPhase.Over.class);
        assertThat(text(over.view(look()))).contains("Session over").contains("Score 1 of 1");
    }

    @Test
    void aLongDeckTitleGivesWayToProgressAndStreak() {
        StudyScreen s = (StudyScreen) StudyScreen.of(Fixtures.review(AnswerMode.TYPED, Fixtures.ssh()),
                "认证考试端口：Network+ N10-009 1.4 与 Security+ SY0-701 的端口", List.of(), T0);
        String header = s.view(look(Lang.ZH, true, 60, 18)).lines().get(0).toString();
        assertThat(header).startsWith("认证考试端口").contains("…").endsWith("连对 0");
        assertThat(s.view(look(Lang.ZH, true, 60, 18)).lines().get(0).columnLength()).isLessThan(60);
    }

    @Test
    void aPortNoDocumentHoldsHasNoVerdictOnTheDocuments() {
        Card exam = new Card("p2s:995", Direction.PORT_TO_SERVICE, "Port 995: which service?", null, AnswerKind.SERVICE,
                List.of(995), List.of("POP3S"), List.of("IMAPS", "SMTPS", "LDAPS"),
                new Explanation(List.of(995), null, null, null, Set.of(), "tcp 995 pop3s — POP3 over TLS", Verdict.AGREES,
                        null, null, "POP3 over TLS.", "基于 TLS 的 POP3。"));
        StudyScreen s = typed(screen(Fixtures.review(AnswerMode.TYPED, exam)), "pop3s");
        StudyScreen shown = (StudyScreen) ((StudyScreen) s.update(key(Key.ENTER)).screen()).update(new Msg.Saved()).screen();
        assertThat(text(shown.view(look()))).contains("The port tables we quote leave this port out").contains("Note: POP3 over TLS.")
                .contains("IANA: tcp 995 pop3s").doesNotContain("[NULL]").doesNotContain("wrong about");
    }

    @Test
    void dataIsSanitisedBeforeItIsDrawn() {
        StudyScreen s = typed(screen(Fixtures.review(AnswerMode.TYPED, Fixtures.hostile())), "doom");
        StudyScreen shown = (StudyScreen) ((StudyScreen) s.update(key(Key.ENTER)).screen()).update(new Msg.Saved()).screen();
        for (Frame f : List.of(s.view(look()), shown.view(look()))) {
            String all = text(f);
            assertThat(all).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u009b").doesNotContain("\r");
            assertThat(all).contains("\u241b");
        }
    }
}
