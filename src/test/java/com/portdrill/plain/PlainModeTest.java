package com.portdrill.plain;

import com.portdrill.catalogue.Document;
import com.portdrill.catalogue.Verdict;
import com.portdrill.deck.AnswerKind;
import com.portdrill.deck.Card;
import com.portdrill.deck.NameIndex;
import com.portdrill.deck.Direction;
import com.portdrill.deck.Explanation;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Messages;
import com.portdrill.journal.JournalLine;
import com.portdrill.journal.StudyMode;
import com.portdrill.session.AnswerMode;
import com.portdrill.session.AnswerRecorder;
import com.portdrill.session.QuizResult;
import com.portdrill.session.QuizSession;
import com.portdrill.session.ReviewSession;
import com.portdrill.session.Session;
import com.portdrill.srs.Rating;
import com.portdrill.testing.FakeClock;
import com.portdrill.testing.TypedLines;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class PlainModeTest {
    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
    private static final Clock FIXED = Clock.fixed(T0, ZoneOffset.UTC);

    private static Card card(int port, String name, Set<Document> sources, Verdict verdict, String correction,
                             String... distractors) {
        return new Card("p2s:" + port, Direction.PORT_TO_SERVICE, "Port " + port + ": which service?",
                "端口 " + port + " 是什么服务？", AnswerKind.SERVICE, List.of(), List.of(name), List.of(distractors),
                new Explanation(List.of(port), name, "EN description of " + name, "中文说明 " + name, sources,
                        port + " " + name.toLowerCase() + " (tcp): IANA text", verdict, correction,
                        correction == null ? null : "更正 " + name, null, null));
    }

    private static final Card FTP = card(21, "FTP", Set.of(Document.EN, Document.ZH), Verdict.AGREES, null,
            "SSH", "Telnet", "SMTP");
    private static final Card TELNET = card(23, "Telnet", Set.of(Document.EN), Verdict.AGREES, null,
            "SSH", "FTP", "SMTP");
    private static final Card KERBEROS = card(88, "Kerberos", Set.of(Document.EN, Document.ZH), Verdict.DISAGREES,
            "IANA assigns 88 to Kerberos, not what the documents say.", "SSH", "FTP", "SMTP");

    /** Records every review, and what had been printed when it was recorded. */
    private static final class Recorder implements AnswerRecorder {
        final List<JournalLine> reviews = new ArrayList<>();
        final List<String> printedBefore = new ArrayList<>();
        final ByteArrayOutputStream out;
        final boolean fail;

        Recorder(ByteArrayOutputStream out, boolean fail) {
            this.out = out;
            this.fail = fail;
        }

        @Override
        public Recorded record(JournalLine review) {
            reviews.add(review);
            printedBefore.add(out.toString(StandardCharsets.UTF_8));
            return fail ? new Recorded.Pending("disk full; retrying with the next answer") : new Recorded.Saved();
        }
    }

    private record Run(String out, String err, Recorder recorder, Session end) {
    }

    private static Run run(Session session, Lang lang, String input, boolean failSaves) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Recorder recorder = new Recorder(out, failSaves);
        PlainMode plain = new PlainMode(LineSource.of(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8))),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Messages.of(lang), recorder, FIXED);
        Session end = plain.run(session);
        return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), recorder, end);
    }

    private static Session review(AnswerMode mode, Card... cards) {
        return ReviewSession.start(List.of(cards), mode, new SplittableRandom(11));
    }

    @Test
    void typedAnswersGetCorrectCloseOrWrongFirstAfterTheyAreRecorded() {
        Run r = run(review(AnswerMode.TYPED, FTP, TELNET, KERBEROS), Lang.EN, "ftp\n\ntelnt\nkerberos\nnope\n", false);
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("[0 done · 3 left] Port 21: which service?");
        assertThat(lines).filteredOn(l -> l.matches("^(Correct|Close|Wrong) .*"))
                .extracting(l -> l.split(" ")[0]).containsExactly("Correct", "Close", "Correct", "Wrong");
        assertThat(lines).contains("Type an answer, or end input to stop.",
                "Close — nearly: the answer is Telnet (a small typo counts as close). You said: telnt. Rated Hard. (:right if you were right)",
                "Correct — FTP is right. Rated Good.");
        assertThat(r.recorder().reviews).extracting(JournalLine::outcome).extracting(Enum::name)
                .containsExactly("CORRECT", "CLOSE", "CORRECT", "WRONG");
        assertThat(r.recorder().reviews).allSatisfy(v -> assertThat(v.mode()).isEqualTo(StudyMode.REVIEW));
        assertThat(r.recorder().reviews).as("a blank line is not recorded").hasSize(4);
        for (int i = 0; i < r.recorder().reviews.size(); i++) {
            String before = r.recorder().printedBefore.get(i);
            long feedbackBefore = before.lines().filter(l -> l.matches("^(Correct|Close|Wrong) .*")).count();
            assertThat(feedbackBefore).as("feedback %d is printed after its answer is recorded", i).isEqualTo(i);
        }
        assertThat(lines.get(lines.size() - 1)).isEqualTo("Done: 4 answered, 2 correct, 1 close, 1 wrong; best streak 1.");
        assertThat(r.end().current()).as("Telnet was close, so it is still to review").isPresent();
    }

    @Test
    void theExplanationSaysWhichDocumentsHoldThePortIanaAndTheCorrection() {
        Run r = run(review(AnswerMode.TYPED, TELNET, KERBEROS), Lang.EN, "telnet\n:both\nkerberos\n", false);
        assertThat(r.out()).contains("  Answer: Telnet\n", "  The English port list says: EN description of Telnet\n",
                "  Only the English port list has this port.\n", "  IANA: 23 telnet (tcp): IANA text\n",
                "  The port tables we quote are wrong about this port: learn the correction.\n",
                "  Correction: IANA assigns 88 to Kerberos, not what the documents say.\n",
                "Explanations now give both languages' descriptions, whole; :both again for yours only, shortened.\n",
                "  The Chinese port list says: 中文说明 Kerberos\n");
        assertThat(r.out().indexOf("The English port list says: EN description of Kerberos"))
                .as("the chosen language first").isLessThan(r.out().indexOf("The Chinese port list says: 中文说明 Kerberos"));
        Run chosen = run(review(AnswerMode.TYPED, KERBEROS), Lang.EN, "kerberos\n", false);
        assertThat(chosen.out()).as("the chosen language only, until :both").contains("EN description of Kerberos")
                .doesNotContain("中文说明");
    }

    @Test
    void choiceListsNumberedOptionsAndTakesADigitOrALetter() {
        Session s = review(AnswerMode.CHOICE, FTP);
        List<String> options = s.current().orElseThrow().options();
        int right = s.current().get().right();
        String letter = String.valueOf((char) ('a' + right));
        Run r = run(s, Lang.EN, "7\nz\n" + letter + "\n", false);
        assertThat(r.out()).contains("  1) " + options.get(0) + "\n", "  4) " + options.get(3) + "\n");
        assertThat(r.out().lines().filter("Answer with 1-4 or a-d."::equals)).hasSize(2);
        assertThat(r.out()).contains("Correct — FTP is right.");
        assertThat(r.recorder().reviews).hasSize(1);
    }

    @Test
    void flipShowsTheAnswerOnEnterThenTakesAGrade() {
        Run r = run(review(AnswerMode.FLIP, FTP, TELNET), Lang.EN, "\n5\n3\n\n1\n", false);
        List<String> lines = r.out().lines().toList();
        int reveal = lines.indexOf("(press Enter to see the answer)");
        assertThat(lines.get(reveal + 1)).isEqualTo("Answer: FTP");
        assertThat(lines).contains("Grade with 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).",
                "Correct — FTP is right. Rated Good.", "Wrong — the answer is Telnet. Rated Again.");
        assertThat(r.recorder().reviews).extracting(JournalLine::rating).containsExactly(Rating.GOOD, Rating.AGAIN);
    }

    @Test
    void theCounterSaysWhatIsDoneAndWhatIsLeftAndDoesNotGrowWhenACardComesBack() {
        Run r = run(review(AnswerMode.TYPED, FTP, TELNET), Lang.EN, "nope\ntelnet\nftp\n", false);
        assertThat(r.out().lines().filter(l -> l.startsWith("[")).map(l -> l.substring(0, l.indexOf(']') + 1)))
                .containsExactly("[0 done · 2 left]", "[1 done · 2 left]", "[2 done · 1 left]");
    }

    @Test
    void chineseKeepsTheFirstWordInEnglish() {
        Run r = run(review(AnswerMode.TYPED, FTP, TELNET), Lang.ZH, "ftp\nssh\n", false);
        assertThat(r.out()).contains("[已答 0 · 剩 2] 端口 21 是什么服务？\n", "Correct — FTP 正确。评分：良好。\n",
                "Wrong — 答案是 Telnet。你的回答：ssh。评分：重来。（如果你答对了，输入 :right）\n", "  中文端口表：中文说明 FTP\n",
                "结束：回答 2 题，正确 1，接近 0，错误 1；最长连对 1。");
        assertThat(r.out()).doesNotContain("英文端口表：EN description of FTP");
    }

    @Test
    void aPendingSaveIsOneLineOnStandardErrorAndTheSessionGoesOn() {
        Run r = run(review(AnswerMode.TYPED, FTP, TELNET), Lang.EN, "ftp\ntelnet\n", true);
        assertThat(r.err().lines().toList()).hasSize(2)
                .allMatch(l -> l.equals("portdrill: your answer is not on disk yet: disk full; retrying with the next answer"));
        assertThat(r.out()).contains("Correct — Telnet is right.");
    }

    @Test
    void escapeSequencesInDataAreShownInertAndNoEscByteIsWritten() {
        Card hostile = new Card("p2s:6666", Direction.PORT_TO_SERVICE, "Port \u001b[2J6666\u0007: which?",
                "端口 \u001b]0;x\u0007", AnswerKind.SERVICE, List.of(), List.of("ev\u001b[31mil"),
                List.of("a\u009b1m", "b", "c"), new Explanation(List.of(6666), "\u001b[5m", "desc \u001b[31mred\r\nline",
                "说明\u001b[0m", Set.of(), "iana \u001b[1m", Verdict.UNOFFICIAL, "fix\u001b", null, "note\u202e", null));
        Run typed = run(review(AnswerMode.TYPED, hostile), Lang.EN, "x\u001b[A\n", false);
        Run choice = run(review(AnswerMode.CHOICE, hostile), Lang.ZH, "1\n", false);
        for (Run r : List.of(typed, choice)) {
            assertThat(r.out()).doesNotContain("\u001b", "\u0007", "\u009b", "\u202e", "\r");
        }
        assertThat(typed.out()).contains("Port ␛[2J6666␇: which?", "desc ␛[31mred  line", "Correction: fix␛",
                "You said: x␛[A.", "The port tables we quote leave this port out", "Not an IANA assignment");
    }

    @Test
    void theQuizEndsOnTimeWhileInputIsStillOpen() {
        FakeClock clock = new FakeClock(T0.plusSeconds(3600));
        Instant start = clock.instant();
        TypedLines typing = new TypedLines(clock).line(Duration.ofMillis(200), "ftp").line(Duration.ofMillis(450), "nope");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Recorder recorder = new Recorder(out, false);
        PlainMode plain = new PlainMode(typing, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), Messages.of(Lang.EN),
                recorder, clock);
        QuizSession quiz = QuizSession.start("exam", List.of(FTP, FTP), 1, AnswerMode.TYPED, clock.instant(),
                new SplittableRandom(1));
        List<QuizResult> previous = List.of(new QuizResult("exam", 1, AnswerMode.TYPED, T0, 1, 0, 0));
        QuizResult result = plain.runQuiz(quiz, previous, NameIndex.of(List.of()));
        assertThat(clock.instant()).as("ended by the deadline, not by input").isEqualTo(start.plusSeconds(1));
        assertThat(recorder.reviews).extracting(JournalLine::at).containsExactly(start.plusMillis(200), start.plusMillis(450));
        assertThat(recorder.reviews).extracting(JournalLine::durationMs).containsExactly(200L, 250L);
        assertThat(result.answered()).isEqualTo(2);
        assertThat(result.correct()).isEqualTo(1);
        assertThat(recorder.reviews).extracting(JournalLine::mode).containsOnly(StudyMode.QUIZ);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).contains("Time is up.\n", "Score 1: 2 answered, 50% accurate, 120.0 answers a minute.\n",
                "A new personal best for exam, 1 s, typed!\n", "Missed:\n",
                "Port 21: which service? — Wrong — You said: nope.\n", "  Answer: FTP\n");
        assertThat(text).contains("[3] Port 21: which service?");
    }
}
