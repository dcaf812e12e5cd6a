package com.portdrill.tui;

import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Message;
import com.portdrill.session.Attempt;
import com.portdrill.session.Progress;
import com.portdrill.session.Question;
import com.portdrill.session.QuizBests;
import com.portdrill.session.QuizResult;
import com.portdrill.session.QuizSession;
import org.jline.utils.AttributedString;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Draws the quiz's screen: the ready screen, a question under the countdown, or the score and the misses. */
final class QuizView {
    /** From this much time left, the countdown shows tenths and turns urgent. */
    private static final Duration URGENT = Duration.ofSeconds(10);

    private QuizView() {
    }

    static Frame draw(QuizScreen s, Look look) {
        QuizSession quiz = s.quiz();
        Progress p = quiz.progress();
        Lang ui = look.lang();
        Duration left = s.phase() instanceof QuizPhase.Ready ? Duration.ofSeconds(quiz.seconds()) : quiz.remaining(s.now());
        List<Span> kind = List.of(Span.of(Role.MUTED, "  ·  " + Message.HEADER_SCORE.in(ui, p.correct())),
                Span.plain("  ·  "), Span.of(left.compareTo(URGENT) < 0 ? Role.URGENT : Role.ACCENT, countdown(left, ui)));
        List<AttributedString> lines = StudyView.top(s.title(), kind, p, look);
        if (s.phase() instanceof QuizPhase.Over over) {
            return StudyView.scrolled(lines, summary(s, over, look), over.scroll());
        }
        if (s.phase() instanceof QuizPhase.Ready) {
            lines.add(AttributedString.EMPTY);
            lines.addAll(Lines.paragraph(look.theme(), Role.ACCENT, Message.QUIZ_READY.in(ui, quiz.seconds()),
                    look.textWidth(), ""));
            return Frame.of(lines);
        }
        Question q = s.question();
        lines.add(s.last().map(j -> StudyView.lastAnswer(j, look)).orElse(AttributedString.EMPTY));
        lines.addAll(StudyView.question(q, look));
        Frame body = s.phase() instanceof Asking a ? StudyView.answering(a, q, look)
                : Frame.of(List.of(StudyView.saving(look)));
        return StudyView.page(lines, body, s.pending(), s.table().hint(s), look);
    }

    /** Minutes and seconds; tenths in the last ten seconds, so the countdown visibly ticks several times a second. */
    static String countdown(Duration left, Lang ui) {
        if (left.compareTo(URGENT) < 0) {
            long tenths = left.toMillis() / 100;
            return Message.HEADER_LEFT_TENTHS.in(ui, tenths / 10, tenths % 10);
        }
        long secs = (left.toMillis() + 999) / 1000;
        return Message.HEADER_LEFT.in(ui, secs / 60, secs % 60);
    }

    private static List<AttributedString> summary(QuizScreen s, QuizPhase.Over over, Look look) {
        Theme t = look.theme();
        Lang ui = look.lang();
        int width = look.textWidth();
        QuizResult r = over.result();
        List<AttributedString> out = new ArrayList<>();
        out.add(AttributedString.EMPTY);
        boolean early = !s.quiz().isOver(r.finishedAt());
        out.add(Lines.line(t, Span.of(Role.TITLE, (early ? Message.QUIZ_STOPPED : Message.QUIZ_TIME_UP).in(ui))));
        out.add(Lines.line(t, Span.plain(Message.SUMMARY_SCORE.in(ui, r.score(), r.answered()))));
        out.add(Lines.line(t, Span.plain(Message.SUMMARY_ACCURACY.in(ui, r.accuracyShown()))));
        out.add(Lines.line(t, Span.plain(Message.SUMMARY_RATE.in(ui, r.answersPerMinute()))));
        if (r.endedEarly()) {
            out.add(Lines.line(t, Span.of(Role.MUTED, Message.QUIZ_RAN.in(ui, r.ranMs() / 1000, r.seconds()))));
        }
        if (!over.unscored().isBlank()) {
            out.addAll(Lines.paragraph(t, Role.MUTED, Message.QUIZ_NOT_SCORED.in(ui, over.unscored()), width, "  "));
        }
        if (s.personalBest()) {
            out.add(Lines.line(t, Span.of(Role.CORRECT, Message.SUMMARY_BEST.in(ui))));
        } else {
            QuizBests.best(s.previous(), r.deck(), r.seconds(), r.mode()).ifPresent(b ->
                    out.add(Lines.line(t, Span.of(Role.MUTED, Message.SUMMARY_PREVIOUS_BEST.in(ui, b.score())))));
        }
        out.add(Lines.line(t, Span.of(Role.MUTED, Message.SUMMARY_KEYS.in(ui))));
        List<Attempt.Judged> misses = s.quiz().misses();
        out.add(AttributedString.EMPTY);
        out.add(Lines.line(t, Span.of(Role.ACCENT, (misses.isEmpty() ? Message.QUIZ_NO_MISSES : Message.SUMMARY_MISSES).in(ui))));
        for (Attempt.Judged m : misses) {
            out.add(Lines.line(t, Span.of(StudyView.role(m.outcome()), "• " + StudyView.prompt(m.question().card(), ui))));
            out.addAll(Lines.paragraph(t, Role.MUTED, "  " + Message.SUMMARY_MISS.in(ui,
                    m.question().answer(), m.given()), width, "    "));
            out.addAll(Para.draw(t, CardExplanation.of(m.question().card(), ui, false), width));
        }
        return out;
    }
}
