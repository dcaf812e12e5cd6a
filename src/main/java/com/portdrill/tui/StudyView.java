package com.portdrill.tui;

import com.portdrill.deck.Card;
import com.portdrill.deck.Outcome;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Messages;
import com.portdrill.i18n.Message;
import com.portdrill.journal.StudyMode;
import com.portdrill.session.AnswerMode;
import com.portdrill.session.Attempt;
import com.portdrill.session.ExplanationText;
import com.portdrill.session.Progress;
import com.portdrill.session.Question;
import com.portdrill.srs.Rating;
import com.portdrill.text.DisplayWidth;
import org.jline.utils.AttributedString;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Draws the study screen: header, question, answer area or verdict and explanation, or the summary; and the parts
 * the quiz's screen draws the same way.
 */
final class StudyView {
    private StudyView() {
    }

    static Frame draw(StudyScreen s, Look look) {
        Progress p = s.session().progress();
        Span kind = s.session().studyMode() == StudyMode.DRILL
                ? Span.of(Role.MUTED, "  ·  " + Message.HEADER_DRILL.in(look.lang(), p.answered()))
                : Span.of(Role.MUTED, "  ·  " + Message.HEADER_PROGRESS.in(look.lang(), p.answered(), p.left()));
        List<AttributedString> lines = top(s.title(), List.of(kind), p, look);
        if (s.phase() instanceof StudyPhase.Over over) {
            return scrolled(lines, summary(s, look), over.scroll());
        }
        Question q = s.question();
        lines.add(AttributedString.EMPTY);
        lines.addAll(question(q, look));
        Theme t = look.theme();
        Lang ui = look.lang();
        int width = look.textWidth();
        if (s.phase() instanceof Asking a) {
            return page(lines, answering(a, q, look), s.pending(), s.table().hint(s), look);
        }
        if (s.phase() instanceof StudyPhase.Revealed) {
            lines.add(Lines.line(t, Span.of(Role.ACCENT, Message.EXPLAIN_ANSWER.in(ui, q.answer()))));
            lines.addAll(Para.draw(t, CardExplanation.of(q.card(), ui, false), width));
            lines.add(AttributedString.EMPTY);
            lines.addAll(Lines.paragraph(t, Role.ACCENT, Message.FLIP_GRADE.in(ui), width, ""));
        } else if (s.phase() instanceof StudyPhase.Feedback f) {
            lines.addAll(feedback(s, f, look));
        } else {
            lines.add(saving(look));
        }
        return page(lines, Frame.of(List.of()), s.pending(), s.table().hint(s), look);
    }

    /** The header and the rule under it. */
    static List<AttributedString> top(String title, List<Span> kind, Progress p, Look look) {
        List<AttributedString> lines = new ArrayList<>();
        lines.add(header(title, kind, p, look));
        lines.add(Lines.line(look.theme(), Span.of(Role.MUTED, "-".repeat(Math.max(0, look.cols() - 1)))));
        return lines;
    }

    /** A summary under the header, scrolled past {@code scroll} lines: a quiz's misses run past any window. */
    static Frame scrolled(List<AttributedString> top, List<AttributedString> summary, int scroll) {
        List<AttributedString> lines = new ArrayList<>(top);
        lines.addAll(summary.subList(Math.min(scroll, Math.max(0, summary.size() - 1)), summary.size()));
        return Frame.of(lines);
    }

    /** The question's prompt and a blank line. */
    static List<AttributedString> question(Question q, Look look) {
        List<AttributedString> lines = new ArrayList<>(Lines.paragraph(look.theme(), Role.TITLE, prompt(q.card(), look.lang()),
                look.textWidth(), ""));
        lines.add(AttributedString.EMPTY);
        return lines;
    }

    /** The answer area: the input line (its cursor shown) and why the last Enter was not judged, or the options. */
    static Frame answering(Asking a, Question q, Look look) {
        Theme t = look.theme();
        Lang ui = look.lang();
        List<AttributedString> lines = new ArrayList<>();
        if (q.mode() == AnswerMode.TYPED) {
            InputLine in = InputLine.of(t, Message.ANSWER_PROMPT.in(ui), a.input(), look.cols());
            lines.add(in.line());
            a.again().ifPresent(why -> lines.addAll(Lines.paragraph(t, Role.WARN, why.in(ui), look.textWidth(), "")));
            return new Frame(lines, 0, in.cursorCol());
        }
        if (q.mode() == AnswerMode.CHOICE) {
            lines.addAll(options(q, t, look.textWidth(), -1));
            lines.add(AttributedString.EMPTY);
            lines.add(Lines.line(t, Span.of(Role.MUTED, Message.CHOICE_HINT.in(ui))));
        } else {
            lines.addAll(Lines.paragraph(t, Role.MUTED, Message.FLIP_HINT.in(ui), look.textWidth(), ""));
        }
        return Frame.of(lines);
    }

    static AttributedString saving(Look look) {
        return Lines.line(look.theme(), Span.of(Role.MUTED, Message.SAVING.in(look.lang())));
    }

    /**
     * The lines, then {@code body} (its cursor placed after them), why the last answer is not on disk yet, and the
     * key hint on the last row, whatever the explanation's length (none while its keys do nothing: an answer saving).
     */
    static Frame page(List<AttributedString> head, Frame body, String pending, Optional<Message> hint, Look look) {
        Theme t = look.theme();
        Lang ui = look.lang();
        List<AttributedString> lines = new ArrayList<>(head);
        int cursorRow = body.cursorShown() ? head.size() + body.cursorRow() : -1;
        lines.addAll(body.lines());
        if (!pending.isEmpty()) {
            lines.addAll(Lines.paragraph(t, Role.WARN, Message.SAVING_FAILED.in(ui, pending), look.textWidth(), ""));
        }
        while (lines.size() < look.rows() - 1) {
            lines.add(AttributedString.EMPTY);
        }
        List<AttributedString> fitted = new ArrayList<>(lines.subList(0, Math.min(lines.size(), look.rows() - 1)));
        fitted.add(hint.map(h -> Lines.line(t, Span.of(Role.MUTED, h.in(ui)))).orElse(AttributedString.EMPTY));
        return cursorRow >= 0 && cursorRow < fitted.size() - 1 ? new Frame(fitted, cursorRow, body.cursorCol())
                : Frame.of(fitted);
    }

    static String prompt(Card card, Lang ui) {
        return ui == Lang.ZH && card.promptZh() != null && !card.promptZh().isBlank() ? card.promptZh() : card.promptEn();
    }

    /** Deck, what the session counts (and a quiz's countdown), streak; the deck's title gives way in a narrow window. */
    private static AttributedString header(String deck, List<Span> kind, Progress p, Look look) {
        List<Span> rest = new ArrayList<>(kind);
        rest.add(Span.of(Role.MUTED, "  ·  " + Message.HEADER_STREAK.in(look.lang(), p.streak())));
        int restWidth = rest.stream().mapToInt(sp -> DisplayWidth.of(sp.text())).sum();
        String title = Span.plain(deck).text();
        int room = Math.max(0, look.cols() - 1 - restWidth);
        if (DisplayWidth.of(title) > room) {
            title = room == 0 ? "" : DisplayWidth.clip(title, room - 1) + "…";
        }
        List<Span> spans = new ArrayList<>();
        spans.add(Span.of(Role.TITLE, title));
        spans.addAll(rest);
        return Lines.line(look.theme(), spans);
    }

    static AttributedString lastAnswer(Attempt.Judged j, Look look) {
        Role role = role(j.outcome());
        String text = j.outcome().verdict().in(look.lang()) + " · " + Message.EXPLAIN_ANSWER.in(look.lang(), j.question().answer());
        return Lines.line(look.theme(), Span.of(role, text));
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

    private static List<AttributedString> feedback(StudyScreen s, StudyPhase.Feedback f, Look look) {
        Theme t = look.theme();
        Lang ui = look.lang();
        int width = look.textWidth();
        Attempt.Judged j = f.judged();
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
        if (f.original().isPresent()) {
            out.addAll(Lines.paragraph(t, Role.ACCENT, Message.OVERRULED.in(ui), width, "  "));
        } else if (j.overrulable()) {
            out.addAll(Lines.paragraph(t, Role.MUTED, Message.OVERRULE_HINT.in(ui), width, "  "));
        }
        out.add(AttributedString.EMPTY);
        out.addAll(Para.draw(t, CardExplanation.of(j.question().card(), ui, f.otherLang()), width));
        return out;
    }

    private static List<AttributedString> summary(StudyScreen s, Look look) {
        Theme t = look.theme();
        Lang ui = look.lang();
        Progress p = s.session().progress();
        List<AttributedString> out = new ArrayList<>();
        out.add(AttributedString.EMPTY);
        out.add(Lines.line(t, Span.of(Role.TITLE, Message.SUMMARY_TITLE.in(ui))));
        out.add(Lines.line(t, Span.plain(Message.SUMMARY_SCORE.in(ui, p.correct(), p.answered()))));
        out.add(Lines.line(t, Span.plain(Message.SUMMARY_ACCURACY.in(ui, p.answered() == 0 ? "–" : Math.round(p.accuracy() * 100) + "%"))));
        out.add(Lines.line(t, Span.plain(Message.HEADER_STREAK.in(ui, p.bestStreak()))));
        out.add(Lines.line(t, Span.of(Role.MUTED, Message.SUMMARY_KEYS.in(ui))));
        return out;
    }

    static Role role(Outcome o) {
        return switch (o) {
            case CORRECT -> Role.CORRECT;
            case CLOSE -> Role.CLOSE;
            default -> Role.WRONG;
        };
    }

    static String ratingName(Rating r, Lang ui) {
        Message name = switch (r) {
            case AGAIN -> Message.RATING_AGAIN;
            case HARD -> Message.RATING_HARD;
            case GOOD -> Message.RATING_GOOD;
            case EASY -> Message.RATING_EASY;
        };
        return r.value() + " " + name.in(ui);
    }
}
