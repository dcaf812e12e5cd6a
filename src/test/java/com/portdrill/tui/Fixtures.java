package com.portdrill.tui;

import com.portdrill.catalogue.Document;
import com.portdrill.catalogue.Verdict;
import com.portdrill.deck.AnswerKind;
import com.portdrill.deck.Card;
import com.portdrill.deck.Direction;
import com.portdrill.deck.Explanation;
import com.portdrill.i18n.Lang;
import com.portdrill.session.AnswerMode;
import com.portdrill.session.QuizSession;
import com.portdrill.session.ReviewSession;
import com.portdrill.session.Session;
import org.jline.utils.AttributedCharSequence;
import org.jline.utils.AttributedString;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/** Hand-made cards and sessions for the screens' tests, with a fixed clock and seed. */
final class Fixtures {
    static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    private Fixtures() {
    }

    static Card ssh() {
        return new Card("p2s:22", Direction.PORT_TO_SERVICE, "Port 22: which service?", "端口 22：什么服务？",
                AnswerKind.SERVICE, List.of(22), List.of("SSH", "Secure Shell"), List.of("Telnet", "FTP", "SMTP", "DNS"),
                new Explanation(List.of(22), "SSH", "Secure Shell, remote login.", "安全外壳协议，远程登录。",
                        Set.of(Document.EN, Document.ZH), "tcp/udp 22 ssh — The Secure Shell (SSH) Protocol",
                        Verdict.AGREES, null, null, null, null));
    }

    static Card dns() {
        return new Card("s2p:53", Direction.SERVICE_TO_PORT, "Which port does DNS use?", "DNS 使用哪个端口？",
                AnswerKind.PORTS, List.of(53), List.of(), List.of("52", "54", "35"),
                new Explanation(List.of(53), "DNS", "Domain Name Server.", null, Set.of(Document.EN),
                        "tcp/udp 53 domain — Domain Name Server", Verdict.AGREES, null, null, null, null));
    }

    /** A document that is wrong, with the correction that must be shown beside it. */
    static Card pop3() {
        return new Card("p2s:110", Direction.PORT_TO_SERVICE, "Port 110: which service?", "端口 110：什么服务？",
                AnswerKind.SERVICE, List.of(110), List.of("POP3"), List.of("IMAP", "SMTP", "FTP"),
                new Explanation(List.of(110), "SUN RPC", "Common RPC services.", "常见 RPC 服务。",
                        Set.of(Document.EN, Document.ZH), "tcp 110 pop3 — Post Office Protocol - Version 3",
                        Verdict.DISAGREES, "IANA assigns 110 to POP3, not to SUN RPC (that is 111).",
                        "IANA 将 110 分配给 POP3，而非 SUN RPC（后者是 111）。", null, null));
    }

    /** Data with escape sequences and control characters in it, as a hostile deck file might hold. */
    static Card hostile() {
        return new Card("p2s:666", Direction.PORT_TO_SERVICE, "Port 666\u001b[2J\u001b[31m: which\u0007 service?", null,
                AnswerKind.SERVICE, List.of(666), List.of("doom\u001b]0;pwned\u0007"), List.of("x", "y", "z"),
                new Explanation(List.of(666), "doom\u001b[5m", "Evil\u009b31m text\r\nhere", null, Set.of(Document.EN),
                        "tcp 666 doom", Verdict.UNOFFICIAL, null, null, null, null));
    }

    static Session review(AnswerMode mode, Card... cards) {
        return ReviewSession.start(List.of(cards), mode, new SplittableRandom(7));
    }

    static QuizSession quiz(int seconds, Card... cards) {
        return QuizSession.start("test", List.of(cards), seconds, AnswerMode.TYPED, T0, new SplittableRandom(7));
    }

    /** The screen for a study, review or drill {@code session}. */
    static StudyScreen screen(Session session) {
        return (StudyScreen) StudyScreen.of(session, "Test deck", List.of(), T0);
    }

    /** The screen for {@code quiz}, already started at {@link #T0} (Enter pressed on its ready screen). */
    static QuizScreen screen(QuizSession quiz) {
        return (QuizScreen) ((QuizScreen) StudyScreen.of(quiz, "Test deck", List.of(), T0)).update(key(Key.ENTER)).screen();
    }

    static Look look(Lang lang, boolean colour, int cols, int rows) {
        return new Look(lang, Theme.of(colour), cols, rows, Choices.defaults());
    }

    static Look look() {
        return look(Lang.EN, true, 80, 24);
    }

    static String text(Frame frame) {
        return frame.lines().stream().map(AttributedString::toString).collect(Collectors.joining("\n"));
    }

    /** The line as a 256-colour terminal would get it. */
    static String ansi(AttributedString line) {
        return line.toAnsi(256, AttributedCharSequence.ForceMode.None);
    }

    static Msg.Press key(Key k) {
        return Msg.Press.of(k);
    }

    static Msg.Press type(String c) {
        return Msg.Press.text(c);
    }
}
