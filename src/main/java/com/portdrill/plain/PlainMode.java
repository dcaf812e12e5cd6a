package com.portdrill.plain;

import com.portdrill.deck.AnswerKind;
import com.portdrill.deck.Card;
import com.portdrill.deck.NameIndex;
import com.portdrill.deck.Outcome;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Message;
import com.portdrill.i18n.Messages;
import com.portdrill.journal.JournalLine;
import com.portdrill.session.AnswerMode;
import com.portdrill.session.AnswerRecorder;
import com.portdrill.session.ExplanationText;
import com.portdrill.session.Attempt;
import com.portdrill.session.Progress;
import com.portdrill.session.Question;
import com.portdrill.session.QuizBests;
import com.portdrill.session.QuizResult;
import com.portdrill.session.QuizSession;
import com.portdrill.session.Response;
import com.portdrill.session.Session;
import com.portdrill.srs.Rating;
import com.portdrill.text.Sanitize;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The line-by-line form of every session, for scripts, screen readers and pipes: a question on a line, the
 * answer read as one line, then feedback whose first word is {@code Correct}, {@code Close} or {@code Wrong}
 * (in English whatever the language), printed only after the answer was handed to the recorder, then the
 * explanation (both languages' descriptions: a line mode cannot wait for a key to show the other). The learner's
 * rating is the suggested one, to keep a line protocol simple; Easy is a flip card's own grade. No colour and no escape sequence: every line goes
 * through {@link Sanitize#forTerminal}.
 */
public final class PlainMode {
    private static final String INDENT = "  ";

    private final LineSource in;
    private final PrintStream out;
    private final PrintStream err;
    private final Messages messages;
    private final AnswerRecorder recorder;
    private final Clock clock;
    /** Whether explanations give both descriptions whole, not the chosen one shortened ({@code :both} toggles). */
    private boolean bothLanguages;

    /**
     * @param out      where questions and feedback go
     * @param err      where a pending save is reported, one line each
     * @param recorder makes each answer durable before its feedback is printed
     * @param clock    times answers and the quiz's deadline
     */
    public PlainMode(LineSource in, PrintStream out, PrintStream err, Messages messages, AnswerRecorder recorder,
                     Clock clock) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.messages = messages;
        this.recorder = recorder;
        this.clock = clock;
    }

    /** Prints one line of text (sanitised). */
    public void say(String line) {
        out.println(Sanitize.forTerminal(line));
        out.flush();
    }

    /**
     * Runs a study, review or drill session until it is over or the input ends, then prints the summary.
     *
     * @return the session as it ended
     */
    public Session run(Session session) {
        return run(session, NameIndex.of(List.of()));
    }

    /**
     * {@link #run(Session)}, where a wrong answer that names another card of {@code names} says what it names.
     *
     * @return the session as it ended
     */
    public Session run(Session session, NameIndex names) {
        Session s = session;
        Session beforeLast = null;
        Attempt.Judged last = null;
        boolean overruled = false;
        while (s.current().isPresent()) {
            Asked asked = ask(s, null);
            if (asked instanceof Asked.Answer answer) {
                beforeLast = s;
                last = feedback(s, answer.judged(), true, names);
                overruled = false;
                s = s.next(last);
            } else if (asked instanceof Asked.Overrule && last != null && last.overrulable() && !overruled) {
                record(last.overruled().correction(s.studyMode(), JournalLine.Kind.OVERRULE));
                say(messages.get(Message.PLAIN_OVERRULED, last.given()));
                overruled = true;
                s = beforeLast.next(last.overruled());
            } else if (asked instanceof Asked.Undo && overruled) {
                record(last.correction(s.studyMode(), JournalLine.Kind.UNDO));
                say(messages.get(Message.PLAIN_UNDONE, last.given(), ratingName(last.rating())));
                overruled = false;
                s = beforeLast.next(last);
            } else if (asked instanceof Asked.Both) {
                bothLanguages = !bothLanguages;
                say(messages.get(bothLanguages ? Message.PLAIN_BOTH_ON : Message.PLAIN_BOTH_OFF));
            } else if (asked instanceof Asked.Overrule || asked instanceof Asked.Undo) {
                say(messages.get(Message.PLAIN_NOTHING_TO_OVERRULE));
            } else {
                break;
            }
        }
        summary(s.progress());
        return s;
    }

    /**
     * Runs a quiz until its deadline, which ends it by itself even while a line is half typed (that answer is
     * not scored), or until the input ends. Prints the score, accuracy, answers a minute, the misses with their
     * explanations, and whether it is a personal best against {@code previous}. A wrong answer that names another card
     * of {@code names} says what it names.
     *
     * @return the result, to be kept with the others
     */
    public QuizResult runQuiz(QuizSession quiz, List<QuizResult> previous, NameIndex names) {
        QuizSession q = quiz;
        while (q.current().isPresent() && !q.isOver(clock.instant())) {
            Asked asked = ask(q, q.deadline());
            if (asked instanceof Asked.Answer answer) {
                q = q.next(feedback(q, answer.judged(), false, names));
            } else if (asked instanceof Asked.End) {
                break;
            } else if (asked instanceof Asked.Both) {
                bothLanguages = !bothLanguages;
                say(messages.get(bothLanguages ? Message.PLAIN_BOTH_ON : Message.PLAIN_BOTH_OFF));
            } else {
                say(messages.get(Message.PLAIN_NO_OVERRULE_IN_QUIZ));
            }
        }
        Instant end = clock.instant();
        if (q.isOver(end)) {
            say(messages.get(Message.QUIZ_TIME_UP));
        }
        QuizResult result = q.finish(end);
        quizSummary(q, result, previous, names);
        return result;
    }

    /** What a line at a question said: an answer, "I was right" about the last one, taking that back, or the end. */
    private sealed interface Asked permits Asked.Answer, Asked.Overrule, Asked.Undo, Asked.End, Asked.Both {
        record Answer(Attempt.Judged judged) implements Asked {
        }

        record Overrule() implements Asked {
        }

        record Undo() implements Asked {
        }

        record End() implements Asked {
        }

        record Both() implements Asked {
        }
    }

    /** {@code :q} stops, {@code :right} overrules the last answer, {@code :undo} takes that back; never answers. */
    private static final String QUIT = ":q";
    private static final String RIGHT = ":right";
    private static final String UNDO = ":undo";
    private static final String BOTH = ":both";

    /**
     * Asks the current question until it is judged; {@link Asked.End} when the input ended, {@code :q} was typed or
     * the deadline passed.
     */
    private Asked ask(Session s, Instant deadline) {
        Question q = s.current().orElseThrow();
        Progress p = s.progress();
        // answered so far and left, as the full screen's header says: a total would grow as cards come back
        String counter = s instanceof QuizSession ? "[" + (p.answered() + 1) + "] "
                : "[" + messages.get(Message.HEADER_PROGRESS, p.answered(), Math.max(1, p.left())) + "] ";
        say(counter + prompt(q));
        for (int i = 0; i < q.options().size(); i++) {
            say(INDENT + Question.label(i) + ") " + q.options().get(i));
        }
        Instant shownAt = clock.instant();
        if (q.mode() == AnswerMode.FLIP) {
            say(messages.get(Message.FLIP_REVEAL));
            if (!(read(deadline) instanceof LineSource.Read.Line reveal) || isQuit(reveal.text())) {
                return new Asked.End();
            }
            say(messages.get(Message.EXPLAIN_ANSWER, q.answer()));
            say(messages.get(Message.FLIP_GRADE));
        }
        while (true) {
            LineSource.Read read = read(deadline);
            if (!(read instanceof LineSource.Read.Line line) || isQuit(line.text())) {
                return new Asked.End();
            }
            String command = line.text().strip().toLowerCase(Locale.ROOT);
            if (command.equals(RIGHT)) {
                return new Asked.Overrule();
            }
            if (command.equals(UNDO)) {
                return new Asked.Undo();
            }
            if (command.equals(BOTH)) {
                return new Asked.Both();
            }
            Optional<Response> response = response(q, line.text());
            if (response.isEmpty()) {
                continue;
            }
            Attempt a = s.judge(response.get(), shownAt, clock.instant());
            if (a instanceof Attempt.Judged j) {
                return new Asked.Answer(j);
            }
            if (a instanceof Attempt.Late) {
                return new Asked.End();
            }
            if (a instanceof Attempt.OtherKind other) {
                say(messages.get(other.askAgain()));
                continue;
            }
            say(messages.get(Message.ASK_AGAIN_BLANK));
        }
    }

    private static boolean isQuit(String line) {
        return line.strip().equalsIgnoreCase(QUIT);
    }

    private LineSource.Read read(Instant deadline) {
        return deadline == null ? in.next() : in.poll(Duration.between(clock.instant(), deadline));
    }

    /** The response a line gives, or empty (having said what to type) when it names no option or grade. */
    private Optional<Response> response(Question q, String line) {
        if (q.mode() == AnswerMode.CHOICE) {
            OptionalInt option = q.optionFor(line);
            if (option.isEmpty()) {
                int n = q.options().size();
                say(messages.get(Message.ASK_AGAIN_CHOICE, n, Character.toString((char) ('a' + n - 1))));
                return Optional.empty();
            }
            return Optional.of(new Response.Picked(option.getAsInt()));
        }
        if (q.mode() == AnswerMode.FLIP) {
            String g = line.strip();
            if (g.length() != 1 || g.charAt(0) < '1' || g.charAt(0) > '4') {
                say(messages.get(Message.ASK_AGAIN_GRADE));
                return Optional.empty();
            }
            return Optional.of(new Response.SelfGraded(Rating.ofValue(g.charAt(0) - '0')));
        }
        return Optional.of(new Response.Typed(line));
    }

    /** Records the answer, then (and only then) says how it went. */
    private Attempt.Judged feedback(Session s, Attempt.Judged j, boolean explain, NameIndex names) {
        record(j.review(s.studyMode()));
        StringBuilder line = new StringBuilder(j.outcome().verdict().in(Lang.EN)).append(" — ");
        String answer = j.question().answer();
        switch (j.outcome()) {
            case CORRECT:
                line.append(messages.get(Message.FEEDBACK_CORRECT, answer));
                break;
            case CLOSE:
                // The transport judge's only close answer is one transport of a service on both, never a typo.
                line.append(messages.get(j.question().card().answerKind() == AnswerKind.TRANSPORT
                        ? Message.FEEDBACK_HALF_TRANSPORT : Message.FEEDBACK_CLOSE, answer));
                break;
            default:
                line.append(messages.get(Message.FEEDBACK_WRONG, answer));
                break;
        }
        if (j.outcome() != Outcome.CORRECT && j.question().mode() != AnswerMode.FLIP) {
            line.append(messages.sentenceGap()).append(messages.get(Message.FEEDBACK_YOU_SAID, j.given()));
        }
        if (!j.missing().isEmpty()) {
            line.append(messages.sentenceGap()).append(messages.get(Message.FEEDBACK_MISSING, Card.showPorts(j.missing()), answer));
        }
        line.append(messages.sentenceGap()).append(messages.get(Message.FEEDBACK_RATED, ratingName(j.rating())));
        if (explain && j.overrulable()) {
            line.append(messages.sentenceGap()).append(messages.get(Message.PLAIN_OVERRULE_HINT));
        }
        say(line.toString());
        if (explain) {
            explain(j, names);
        }
        return j;
    }

    /** Hands a journal line to the recorder; one that is not on disk yet is reported on standard error. */
    private void record(JournalLine review) {
        AnswerRecorder.Recorded recorded = recorder.record(review);
        if (recorded instanceof AnswerRecorder.Recorded.Pending pending) {
            err.println("portdrill: " + Sanitize.forTerminal(messages.get(Message.SAVE_PENDING, pending.message())));
            err.flush();
        }
    }

    /**
     * The explanation in the chosen language, its description shortened (with a hint where something is left out);
     * both languages' descriptions, whole, once {@code :both} asked.
     */
    private void explain(Attempt.Judged j, NameIndex names) {
        Card card = j.question().card();
        List<ExplanationText.Line> lines = bothLanguages ? ExplanationText.whole(card, messages)
                : ExplanationText.of(card, messages);
        boolean more = !bothLanguages && ExplanationText.shortened(card, messages);
        for (int i = 0; i < lines.size(); i++) {
            ExplanationText.Line l = lines.get(i);
            if (bothLanguages || l.part() != ExplanationText.Part.OTHER_DESCRIPTION) {
                say(INDENT + l.text());
            }
            if (more && l.part() == ExplanationText.Part.DESCRIPTION) {
                say(INDENT + messages.get(Message.PLAIN_MORE_HINT));
            }
            if (i == 0) {
                // Right under the answer: what the wrong name typed really is.
                ExplanationText.mixup(j, names, messages).ifPresent(m -> say(INDENT + m));
            }
        }
    }

    private void summary(Progress p) {
        say(messages.get(Message.SUMMARY, p.answered(), p.correct(), p.close(), p.wrong(), p.bestStreak()));
    }

    private void quizSummary(QuizSession q, QuizResult r, List<QuizResult> previous, NameIndex names) {
        if (r.endedEarly()) {
            say(messages.get(Message.QUIZ_RAN, r.ranMs() / 1000, r.seconds()));
        }
        say(messages.get(Message.QUIZ_SCORE, r.score(), r.answered(), r.accuracyShown(),
                r.answersPerMinute()));
        String mode = q.answerMode().code();
        if (QuizBests.isPersonalBest(r, previous)) {
            say(messages.get(Message.QUIZ_NEW_BEST, q.deck(), q.seconds(), mode));
        } else {
            QuizBests.best(previous, q.deck(), q.seconds(), q.answerMode()).ifPresent(b ->
                    say(messages.get(Message.QUIZ_BEST_STANDS, q.deck(), q.seconds(), mode, b.score())));
        }
        if (q.misses().isEmpty()) {
            say(messages.get(Message.QUIZ_NO_MISSES));
            return;
        }
        say(messages.get(Message.QUIZ_MISSES));
        for (Attempt.Judged miss : q.misses()) {
            say(prompt(miss.question()) + " — " + miss.outcome().verdict().in(Lang.EN) + " — "
                    + messages.get(Message.FEEDBACK_YOU_SAID, miss.given()));
            explain(miss, names);
        }
    }

    /** Between sentences: a space in English, none after Chinese full-width punctuation. */

    private String prompt(Question q) {
        return messages.lang() == Lang.ZH ? q.card().promptZh() : q.card().promptEn();
    }

    private String ratingName(Rating r) {
        switch (r) {
            case AGAIN:
                return messages.get(Message.RATING_AGAIN);
            case HARD:
                return messages.get(Message.RATING_HARD);
            case GOOD:
                return messages.get(Message.RATING_GOOD);
            default:
                return messages.get(Message.RATING_EASY);
        }
    }
}
