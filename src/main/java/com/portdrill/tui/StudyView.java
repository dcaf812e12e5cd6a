package com.portdrill.tui;

import com.portdrill.deck.Card;
import com.portdrill.deck.Outcome;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Messages;
import com.portdrill.i18n.Message;
import com.portdrill.session.AnswerMode;
import com.portdrill.session.Attempt;
import com.portdrill.session.DrillSession;
import com.portdrill.session.ExplanationText;
import com.portdrill.session.Progress;
import com.portdrill.session.Question;
import com.portdrill.session.QuizBests;
import com.portdrill.session.QuizResult;
import com.portdrill.session.QuizSession;
import com.portdrill.srs.Rating;
import com.portdrill.text.DisplayWidth;
import org.jline.utils.AttributedString;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Draws the study screen: header, question, answer area or verdict and explanation, or the summary. */
final class StudyView {
    /** From this much time left, the countdown shows tenths and turns urgent. */
    private static final Duration URGENT = Duration.ofSeconds(10);

    private StudyView() {
    }

    static Frame draw(StudyScreen s, Look look) {
        Theme t = look.theme();
        Lang ui = look.lang();
        int width = look.textWidth();
        List<AttributedString> lines = new ArrayList<>();
        lines.add(header(s, look));
        lines.add(Lines.line(t, Span.of(Role.MUTED, "-".repeat(Math.max(0, look.cols() - 1)))));
        StudyScreen.Turn turn = s.turn();
        if (turn.phase() == StudyScreen.Phase.OVER) {
            // The summary scrolls: a quiz's misses with their explanations run past any window.
            List<AttributedString> summary = summary(s, look);
            lines.addAll(summary.subList(Math.min(turn.scroll(), Math.max(0, summary.size() - 1)), summary.size()));
            return Frame.of(lines);
        }
        if (turn.phase() == StudyScreen.Phase.READY) {
            // the first question waits with the clock: reading it early would be a head start
            lines.add(AttributedString.EMPTY);
            lines.addAll(Lines.paragraph(t, Role.ACCENT, Message.QUIZ_READY.in(ui,
                    ((QuizSession) s.session()).seconds()), width, ""));
            return Frame.of(lines);
        }
        Question q = s.question();
        if (turn.last() != null) {
            lines.add(lastAnswer(turn.last(), look));
        } else {
            lines.add(AttributedString.EMPTY);
        }
        lines.addAll(Lines.paragraph(t, Role.TITLE, prompt(q.card(), ui), width, ""));
        lines.add(AttributedString.EMPTY);
        int cursorRow = -1;
        int cursorCol = 0;
        switch (turn.phase()) {
            case ASKING:
                if (q.mode() == AnswerMode.TYPED) {
                    InputLine in = InputLine.of(t, Message.ANSWER_PROMPT.in(ui), turn.input(), look.cols());
                    cursorRow = lines.size();
                    cursorCol = in.cursorCol();
                    lines.add(in.line());
                    if (turn.again() != null) {
                        lines.addAll(Lines.paragraph(t, Role.WARN, turn.again().in(ui), width, ""));
                    }
                } else if (q.mode() == AnswerMode.CHOICE) {
                    lines.addAll(options(q, t, width));
                    lines.add(AttributedString.EMPTY);
                    lines.add(Lines.line(t, Span.of(Role.MUTED, Message.CHOICE_HINT.in(ui))));
                } else {
                    lines.addAll(Lines.paragraph(t, Role.MUTED, Message.FLIP_HINT.in(ui), width, ""));
                }
                break;
            case REVEALED:
                lines.add(Lines.line(t, Span.of(Role.ACCENT, Message.EXPLAIN_ANSWER.in(ui, q.answer()))));
                lines.addAll(Para.draw(t, CardExplanation.of(q.card(), ui, false), width));
                lines.add(AttributedString.EMPTY);
                lines.addAll(Lines.paragraph(t, Role.ACCENT, Message.FLIP_GRADE.in(ui), width, ""));
                break;
            case SAVING:
                lines.add(Lines.line(t, Span.of(Role.MUTED, Message.SAVING.in(ui))));
                break;
            default:
                lines.addAll(feedback(s, look));
                break;
        }
        if (!turn.pending().isEmpty()) {
            lines.addAll(Lines.paragraph(t, Role.WARN, Message.SAVING_FAILED.in(ui, turn.pending()), width, ""));
        }
        // The key hint sits on the last row, whatever the explanation's length.
        while (lines.size() < look.rows() - 1) {
            lines.add(AttributedString.EMPTY);
        }
        List<AttributedString> fitted = new ArrayList<>(lines.subList(0, Math.min(lines.size(), look.rows() - 1)));
        fitted.add(Lines.line(t, Span.of(Role.MUTED, Message.BACK_HINT.in(ui))));
        return cursorRow >= 0 && cursorRow < fitted.size() - 1 ? new Frame(fitted, cursorRow, cursorCol) : Frame.of(fitted);
    }

    static String prompt(Card card, Lang ui) {
        return ui == Lang.ZH && card.promptZh() != null && !card.promptZh().isBlank() ? card.promptZh() : card.promptEn();
    }

    /** Deck, progress, streak and (quiz) the countdown; the deck's title is what gives way in a narrow window. */
    private static AttributedString header(StudyScreen s, Look look) {
        Lang ui = look.lang();
        Progress p = s.session().progress();
        List<Span> rest = new ArrayList<>();
        QuizSession quiz = s.session() instanceof QuizSession ? (QuizSession) s.session() : null;
        if (quiz != null) {
            rest.add(Span.of(Role.MUTED, "  ·  " + Message.HEADER_SCORE.in(ui, p.correct())));
            rest.add(Span.plain("  ·  "));
            Duration left = s.turn().phase() == StudyScreen.Phase.READY ? Duration.ofSeconds(quiz.seconds())
                    : quiz.remaining(s.now());
            rest.add(Span.of(left.compareTo(URGENT) < 0 ? Role.URGENT : Role.ACCENT, countdown(left, ui)));
        } else if (s.session() instanceof DrillSession) {
            rest.add(Span.of(Role.MUTED, "  ·  " + Message.HEADER_DRILL.in(ui, p.answered())));
        } else {
            rest.add(Span.of(Role.MUTED, "  ·  " + Message.HEADER_PROGRESS.in(ui, p.answered(), p.left())));
        }
        rest.add(Span.of(Role.MUTED, "  ·  " + Message.HEADER_STREAK.in(ui, p.streak())));
        int restWidth = rest.stream().mapToInt(sp -> DisplayWidth.of(sp.text())).sum();
        String title = Span.plain(s.title()).text();
        int room = Math.max(0, look.cols() - 1 - restWidth);
        if (DisplayWidth.of(title) > room) {
            title = room == 0 ? "" : DisplayWidth.clip(title, room - 1) + "…";
        }
        List<Span> spans = new ArrayList<>();
        spans.add(Span.of(Role.TITLE, title));
        spans.addAll(rest);
        return Lines.line(look.theme(), spans);
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

    private static AttributedString lastAnswer(Attempt.Judged j, Look look) {
        Role role = role(j.outcome());
        String text = j.outcome().verdict().in(look.lang()) + " · " + Message.EXPLAIN_ANSWER.in(look.lang(), j.question().answer());
        return Lines.line(look.theme(), Span.of(role, text));
    }

    private static List<AttributedString> options(Question q, Theme t, int width) {
        return options(q, t, width, -1);
    }

    /**
     * The options of a choice question; once answered ({@code chosen} 0 or more), the right one is marked ✓ and a
     * wrong pick ✗, so the question stays readable beside its verdict.
     */
    private static List<AttributedString> options(Question q, Theme t, int width, int chosen) {
        List<AttributedString> out = new ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) {
            String letter = String.valueOf((char) ('a' + i));
            boolean right = chosen >= 0 && i == q.right();
            boolean wrongPick = chosen >= 0 && i == chosen && !right;
            String mark = right ? "✓ " : wrongPick ? "✗ " : "  ";
            Role role = right ? Role.CORRECT : wrongPick ? Role.WRONG : Role.PLAIN;
            out.addAll(Lines.paragraph(t, role, mark + Question.label(i) + " " + letter + ")  " + q.options().get(i),
                    width, "        "));
        }
        return out;
    }

    private static List<AttributedString> feedback(StudyScreen s, Look look) {
        Theme t = look.theme();
        Lang ui = look.lang();
        int width = look.textWidth();
        Attempt.Judged j = s.turn().judged();
        List<AttributedString> out = new ArrayList<>();
        out.add(Lines.line(t, Span.of(role(j.outcome()), j.outcome().verdict().in(ui)),
                Span.plain("   " + Message.EXPLAIN_ANSWER.in(ui, j.question().answer()))));
        if (j.question().mode() == AnswerMode.CHOICE) {
            out.addAll(options(j.question(), t, width, j.question().options().indexOf(j.given())));
        } else if (j.outcome() != Outcome.CORRECT && j.question().mode() != AnswerMode.FLIP) {
            out.addAll(Lines.paragraph(t, Role.MUTED, Message.FEEDBACK_YOU_SAID.in(ui, j.given()), width, "  "));
            ExplanationText.mixup(j, s.names(), Messages.of(ui))
                    .ifPresent(m -> out.addAll(Lines.paragraph(t, Role.WARN, m, width, "  ")));
        }
        if (!j.missing().isEmpty()) {
            out.addAll(Lines.paragraph(t, Role.WARN, Message.FEEDBACK_MISSING.in(ui, Card.showPorts(j.missing()),
                    j.question().answer()), width, "  "));
        }
        out.addAll(Lines.paragraph(t, Role.ACCENT, Message.RATING_NOW.in(ui, ratingName(j.rating(), ui)), width, "  "));
        if (j.easyOffered() && j.rating() != Rating.EASY) {
            out.addAll(Lines.paragraph(t, Role.CORRECT, Message.EASY_OFFERED.in(ui), width, "  "));
        }
        if (s.turn().original() != null) {
            out.addAll(Lines.paragraph(t, Role.ACCENT, Message.OVERRULED.in(ui), width, "  "));
        } else if (j.overrulable()) {
            out.addAll(Lines.paragraph(t, Role.MUTED, Message.OVERRULE_HINT.in(ui), width, "  "));
        }
        out.add(AttributedString.EMPTY);
        out.addAll(Para.draw(t, CardExplanation.of(j.question().card(), ui, s.turn().otherLang()), width));
        return out;
    }

    private static List<AttributedString> summary(StudyScreen s, Look look) {
        Theme t = look.theme();
        Lang ui = look.lang();
        int width = look.textWidth();
        List<AttributedString> out = new ArrayList<>();
        out.add(AttributedString.EMPTY);
        QuizResult r = s.turn().result();
        Progress p = s.session().progress();
        if (r != null) {
            boolean early = s.session() instanceof QuizSession && !((QuizSession) s.session()).isOver(r.finishedAt());
            out.add(Lines.line(t, Span.of(Role.TITLE, (early ? Message.QUIZ_STOPPED : Message.QUIZ_TIME_UP).in(ui))));
            out.add(Lines.line(t, Span.plain(Message.SUMMARY_SCORE.in(ui, r.score(), r.answered()))));
            out.add(Lines.line(t, Span.plain(Message.SUMMARY_ACCURACY.in(ui, r.accuracyShown()))));
            out.add(Lines.line(t, Span.plain(Message.SUMMARY_RATE.in(ui, r.answersPerMinute()))));
            if (r.endedEarly()) {
                out.add(Lines.line(t, Span.of(Role.MUTED, Message.QUIZ_RAN.in(ui, r.ranMs() / 1000, r.seconds()))));
            }
            if (!s.turn().input().text().isBlank()) {
                out.addAll(Lines.paragraph(t, Role.MUTED, Message.QUIZ_NOT_SCORED.in(ui, s.turn().input().text()),
                        width, "  "));
            }
            if (s.personalBest()) {
                out.add(Lines.line(t, Span.of(Role.CORRECT, Message.SUMMARY_BEST.in(ui))));
            } else {
                QuizBests.best(s.previous(), r.deck(), r.seconds(), r.mode()).ifPresent(b ->
                        out.add(Lines.line(t, Span.of(Role.MUTED, Message.SUMMARY_PREVIOUS_BEST.in(ui, b.score())))));
            }
        } else {
            out.add(Lines.line(t, Span.of(Role.TITLE, Message.SUMMARY_TITLE.in(ui))));
            out.add(Lines.line(t, Span.plain(Message.SUMMARY_SCORE.in(ui, p.correct(), p.answered()))));
            out.add(Lines.line(t, Span.plain(Message.SUMMARY_ACCURACY.in(ui, p.answered() == 0 ? "–" : Math.round(p.accuracy() * 100) + "%"))));
            out.add(Lines.line(t, Span.plain(Message.HEADER_STREAK.in(ui, p.bestStreak()))));
        }
        out.add(Lines.line(t, Span.of(Role.MUTED, Message.SUMMARY_KEYS.in(ui))));
        if (s.session() instanceof QuizSession) {
            List<Attempt.Judged> misses = ((QuizSession) s.session()).misses();
            out.add(AttributedString.EMPTY);
            out.add(Lines.line(t, Span.of(Role.ACCENT, (misses.isEmpty() ? Message.QUIZ_NO_MISSES : Message.SUMMARY_MISSES).in(ui))));
            for (Attempt.Judged m : misses) {
                out.add(Lines.line(t, Span.of(role(m.outcome()), "• " + prompt(m.question().card(), ui))));
                out.addAll(Lines.paragraph(t, Role.MUTED, "  " + Message.SUMMARY_MISS.in(ui,
                        m.question().answer(), m.given()), width, "    "));
                out.addAll(Para.draw(t, CardExplanation.of(m.question().card(), ui, false), width));
            }
        }
        return out;
    }

    static Role role(Outcome o) {
        switch (o) {
            case CORRECT:
                return Role.CORRECT;
            case CLOSE:
                return Role.CLOSE;
            default:
                return Role.WRONG;
        }
    }

    static String ratingName(Rating r, Lang ui) {
        switch (r) {
            case AGAIN:
                return "1 " + Message.RATING_AGAIN.in(ui);
            case HARD:
                return "2 " + Message.RATING_HARD.in(ui);
            case GOOD:
                return "3 " + Message.RATING_GOOD.in(ui);
            default:
                return "4 " + Message.RATING_EASY.in(ui);
        }
    }
}
