package com.portdrill.tui;

import com.portdrill.deck.AnswerKind;
import com.portdrill.deck.NameIndex;
import com.portdrill.i18n.Message;
import com.portdrill.progress.Review;
import com.portdrill.session.AnswerMode;
import com.portdrill.session.Attempt;
import com.portdrill.session.QuizBests;
import com.portdrill.session.QuizResult;
import com.portdrill.session.QuizSession;
import com.portdrill.session.Question;
import com.portdrill.session.Response;
import com.portdrill.session.Session;
import com.portdrill.srs.Rating;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The study screen for every mode (study, quiz, review, drill): it shows the session's question, takes the
 * answer, asks the driver to record it, and shows the verdict only once the driver says it is saved. All
 * judging, ordering, scoring and the quiz's deadline are the session's; this screen only moves between phases.
 *
 * @param session   the session's rules and position
 * @param title     the deck's title for the header
 * @param previous  earlier quiz results, for the personal best (empty outside a quiz)
 * @param turn      where the current question stands
 * @param now       the time of the last tick
 * @param names     the deck's names, so that a wrong name typed is said to be what it is
 */
public record StudyScreen(Session session, String title, List<QuizResult> previous, Turn turn, Instant now,
                          NameIndex names)
        implements Screen {

    /** Where a question stands. */
    public enum Phase {
        /** A timed quiz waiting for Enter: its clock has not started. */
        READY,
        /** Waiting for the answer. */
        ASKING,
        /** A flip card shown; waiting for the learner's grade. */
        REVEALED,
        /** The answer is with the driver; nothing is shown of the verdict yet. */
        SAVING,
        /** The verdict and the explanation; 1–4 change the rating. */
        FEEDBACK,
        /** The session is over (the quiz's time is up, or no card is left): the summary. */
        OVER
    }

    /** What to do once a changed rating is saved. */
    public enum After {
        SHOW, NEXT, BACK
    }

    /**
     * The current question's state.
     *
     * @param phase       where it stands
     * @param input       the typed answer being edited
     * @param shownAt     when the question appeared (answer times are measured from it)
     * @param judged      the judged answer, from saving on; null before
     * @param saved       the rating on disk for {@code judged}; null until the first save
     * @param after       what follows the save in progress
     * @param again       why the last Enter was not judged (a blank answer, or one of the other kind), said above
     *                    the input; null when it was
     * @param pending     why the last answer is not on disk yet, or empty
     * @param otherLang   the explanation also shows the description in the language other than the interface's
     * @param last        the previous answer in a quiz, shown as one line above the next question; null for none
     * @param result      the quiz's result once it is over; null otherwise
     * @param original    the judge's verdict when the learner overruled it ("I was right"); null otherwise
     * @param scroll      how many lines of the summary are scrolled past, once the session is over
     */
    public record Turn(Phase phase, LineEditor input, Instant shownAt, Attempt.Judged judged, Rating saved,
                       After after, Message again, String pending, boolean otherLang, Attempt.Judged last,
                       QuizResult result, Attempt.Judged original, int scroll) {
        public Turn {
            Objects.requireNonNull(phase, "phase");
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(shownAt, "shownAt");
            pending = pending == null ? "" : pending;
            after = after == null ? After.SHOW : after;
        }

        static Turn ask(Instant at, Attempt.Judged last, String pending) {
            return new Turn(Phase.ASKING, LineEditor.empty(), at, null, null, After.SHOW, null, pending, false, last, null,
                    null, 0);
        }

        Turn phase(Phase p) {
            return new Turn(p, input, shownAt, judged, saved, after, again, pending, otherLang, last, result, original, scroll);
        }

        Turn input(LineEditor e) {
            return new Turn(phase, e, shownAt, judged, saved, after, null, pending, otherLang, last, result, original, scroll);
        }

        Turn askAgain(Message why) {
            return new Turn(phase, input, shownAt, judged, saved, after, why, pending, otherLang, last, result, original, scroll);
        }

        Turn saving(Attempt.Judged j, After then) {
            return new Turn(Phase.SAVING, input, shownAt, j, saved, then, null, pending, otherLang, last, result, original, scroll);
        }

        Turn feedback(String why) {
            return new Turn(Phase.FEEDBACK, input, shownAt, judged, judged.rating(), After.SHOW, null, why,
                    otherLang, last, result, original, scroll);
        }

        Turn rated(Attempt.Judged j) {
            return new Turn(phase, input, shownAt, j, saved, after, null, pending, otherLang, last, result, original, scroll);
        }

        Turn toggleLanguage() {
            return new Turn(phase, input, shownAt, judged, saved, after, again, pending, !otherLang, last, result,
                    original, scroll);
        }

        /** "I was right", or taking it back: the answer counts as correct, or as judged again. */
        Turn overrule() {
            Attempt.Judged now = original == null ? judged.overruled() : original;
            return new Turn(phase, input, shownAt, now, saved, after, null, pending, otherLang, last, result,
                    original == null ? judged : null, scroll);
        }

        /** The summary scrolled by {@code lines} (up when negative), never before its first line. */
        Turn scrolled(int lines) {
            return new Turn(phase, input, shownAt, judged, saved, after, again, pending, otherLang, last, result,
                    original, Math.max(0, scroll + lines));
        }

        /** The session over; an answer being typed stays, to be shown as not scored. */
        Turn over(QuizResult r) {
            LineEditor unscored = phase == Phase.ASKING ? input : LineEditor.empty();
            return new Turn(Phase.OVER, unscored, shownAt, judged, saved, after, null, pending, otherLang,
                    last, r, original, scroll);
        }
    }

    public StudyScreen {
        Objects.requireNonNull(session, "session");
        title = title == null ? "" : title;
        previous = List.copyOf(previous);
        Objects.requireNonNull(turn, "turn");
        Objects.requireNonNull(now, "now");
    }

    /**
     * The screen for a session started at {@code now}.
     *
     * @param previous earlier quiz results for the personal best; empty for other sessions
     */
    public static StudyScreen of(Session session, String title, List<QuizResult> previous, Instant now) {
        return of(session, title, previous, now, NameIndex.of(List.of()));
    }

    /** {@link #of(Session, String, List, Instant)} on a deck whose {@code names} feedback may name. */
    public static StudyScreen of(Session session, String title, List<QuizResult> previous, Instant now,
                                 NameIndex names) {
        StudyScreen s = new StudyScreen(session, title, previous, Turn.ask(now, null, ""), now, names);
        if (session.current().isEmpty()) {
            return s.with(s.turn.over(null));
        }
        return session instanceof QuizSession ? s.with(s.turn.phase(Phase.READY)) : s;
    }

    private StudyScreen with(Turn t) {
        return new StudyScreen(session, title, previous, t, now, names);
    }

    private StudyScreen with(Session s, Turn t) {
        return new StudyScreen(s, title, previous, t, now, names);
    }

    /** The quiz, when this is one. */
    private QuizSession quiz() {
        return session instanceof QuizSession ? (QuizSession) session : null;
    }

    @Override
    public Next update(Msg msg) {
        if (msg instanceof Msg.Tick) {
            return tick(((Msg.Tick) msg).now());
        }
        if (msg instanceof Msg.Saved) {
            return saved("");
        }
        if (msg instanceof Msg.SaveFailed) {
            return saved(((Msg.SaveFailed) msg).message());
        }
        if (msg instanceof Msg.Press) {
            return press((Msg.Press) msg);
        }
        return Next.stay(this);
    }

    private Next tick(Instant at) {
        StudyScreen s = new StudyScreen(session, title, previous, turn, at, names);
        QuizSession q = quiz();
        if (q != null && turn.phase() != Phase.OVER && turn.phase() != Phase.READY && q.isOver(at)) {
            return s.endQuiz(at);
        }
        return Next.stay(s);
    }

    /**
     * Time is up: an answer already judged (saving or shown) counts, an answer being typed does not.
     */
    private Next endQuiz(Instant at) {
        QuizSession q = quiz();
        if (turn.judged() != null && (turn.phase() == Phase.SAVING || turn.phase() == Phase.FEEDBACK)) {
            q = q.next(turn.judged());
        }
        QuizResult result = q.finish(at);
        StudyScreen over = new StudyScreen(q, title, previous, turn.over(result), at, names);
        return Next.of(over, new Cmd.KeepQuizResult(result));
    }

    private Next saved(String why) {
        if (turn.phase() != Phase.SAVING) {
            return Next.stay(this);
        }
        After then = turn.after();
        if (then == After.NEXT) {
            return advance(turn.judged(), why);
        }
        if (then == After.BACK) {
            return Next.of(with(turn.feedback(why)), new Cmd.Back());
        }
        if (quiz() != null) {
            // Questions come back to back in a quiz: the verdict is a line above the next question, the misses
            // are explained in the summary.
            return advance(turn.judged(), why);
        }
        return Next.stay(with(turn.feedback(why)));
    }

    private Next advance(Attempt.Judged answered, String why) {
        Session next = session.next(answered);
        // Only a quiz, which skips the full feedback, repeats the last verdict above the next question.
        Attempt.Judged last = quiz() != null ? answered : null;
        if (next.current().isEmpty()) {
            return Next.stay(with(next, Turn.ask(now, last, why).over(null)));
        }
        return Next.stay(with(next, Turn.ask(now, last, why)));
    }

    private Next press(Msg.Press p) {
        switch (turn.phase()) {
            case READY:
                if (p.key() == Key.ENTER || p.is(" ")) {
                    return Next.stay(with(quiz().startingAt(now), Turn.ask(now, null, "")));
                }
                return p.key() == Key.ESC || p.is("q") ? Next.of(this, new Cmd.Back()) : Next.stay(this);
            case ASKING:
                return asking(p);
            case REVEALED:
                return revealed(p);
            case FEEDBACK:
                return feedback(p);
            case OVER:
                if (p.key() == Key.DOWN || p.key() == Key.UP || p.is("j") || p.is("k")) {
                    return Next.stay(with(turn.scrolled(p.key() == Key.DOWN || p.is("j") ? 1 : -1)));
                }
                return p.key() == Key.ENTER || p.key() == Key.ESC || p.is("q") || p.is(" ")
                        ? Next.of(this, new Cmd.Back()) : Next.stay(this);
            default:
                return Next.stay(this);
        }
    }

    private Next asking(Msg.Press p) {
        AnswerMode mode = question().mode();
        boolean typing = mode == AnswerMode.TYPED;
        if (p.key() == Key.ESC || (p.is("q") && (!typing || turn.input().text().isEmpty()))) {
            return leave();
        }
        if (mode == AnswerMode.CHOICE) {
            OptionalInt option = p.key() == Key.CHAR ? question().optionFor(p.text()) : OptionalInt.empty();
            return option.isPresent() ? submit(new Response.Picked(option.getAsInt())) : Next.stay(this);
        }
        if (mode == AnswerMode.FLIP) {
            return p.is(" ") || p.key() == Key.ENTER ? Next.stay(with(turn.phase(Phase.REVEALED))) : Next.stay(this);
        }
        if (p.key() == Key.ENTER) {
            return submit(new Response.Typed(turn.input().text()));
        }
        return turn.input().edit(p).map(e -> Next.stay(with(turn.input(e)))).orElse(Next.stay(this));
    }

    private Next revealed(Msg.Press p) {
        if (p.key() == Key.ESC || p.is("q")) {
            return leave();
        }
        Rating r = ratingKey(p);
        return r == null ? Next.stay(this) : submit(new Response.SelfGraded(r));
    }

    /**
     * After the verdict. The rating moves with ← and →, never with a key that answers (a digit, a letter): a key
     * pressed to answer the next card must not change this one. {@code !} says "I was right", and again takes it back.
     */
    private Next feedback(Msg.Press p) {
        Attempt.Judged j = turn.judged();
        if (p.key() == Key.LEFT || p.key() == Key.RIGHT) {
            int step = p.key() == Key.LEFT ? -1 : 1;
            int value = Math.max(1, Math.min(4, j.rating().value() + step));
            return Next.stay(with(turn.rated(j.withRating(Rating.ofValue(value)))));
        }
        if ((p.is("!") || p.is("！")) && (turn.original() != null || j.overrulable())) {
            return Next.stay(with(turn.overrule()));
        }
        if (p.is("l") || p.is("L")) {
            return Next.stay(with(turn.toggleLanguage()));
        }
        boolean next = p.key() == Key.ENTER || p.is(" ");
        boolean back = p.key() == Key.ESC || p.is("q");
        if (!next && !back) {
            return Next.stay(this);
        }
        if (turn.original() != null || j.rating() != turn.saved()) {
            // An overruling or a changed rating is a correction: a line that names the answer, then we move on.
            Review.Kind kind = turn.original() != null ? Review.Kind.OVERRULE : Review.Kind.REGRADE;
            return Next.of(with(turn.saving(j, next ? After.NEXT : After.BACK)),
                    new Cmd.RecordAnswer(j.correction(session.studyMode(), kind)));
        }
        return next ? advance(j, turn.pending()) : Next.of(this, new Cmd.Back());
    }

    /** Esc in a quiz ends it early and shows the summary; elsewhere it goes back (every answer is already kept). */
    private Next leave() {
        return quiz() != null ? endQuiz(now) : Next.of(this, new Cmd.Back());
    }

    private Next submit(Response response) {
        Attempt a = session.judge(response, turn.shownAt(), now);
        if (a instanceof Attempt.Blank) {
            return Next.stay(with(turn.askAgain(Message.BLANK_AGAIN)));
        }
        if (a instanceof Attempt.OtherKind other) {
            return Next.stay(with(turn.askAgain(wanted(other.wanted()))));
        }
        if (a instanceof Attempt.Late) {
            return endQuiz(now);
        }
        Attempt.Judged j = (Attempt.Judged) a;
        return Next.of(with(turn.saving(j, After.SHOW)), new Cmd.RecordAnswer(j.review(session.studyMode())));
    }

    /** What an answer of the wrong kind is told: the kind the question wants. */
    private static Message wanted(AnswerKind kind) {
        switch (kind) {
            case PORTS:
                return Message.ASK_AGAIN_PORT;
            case TRANSPORT:
                return Message.ASK_AGAIN_TRANSPORT;
            case PROTOCOL_NUMBER:
                return Message.ASK_AGAIN_PROTOCOL_NUMBER;
            default:
                return Message.ASK_AGAIN_NAME;
        }
    }

    private static Rating ratingKey(Msg.Press p) {
        if (p.key() != Key.CHAR || p.text().length() != 1 || p.text().charAt(0) < '1' || p.text().charAt(0) > '4') {
            return null;
        }
        return Rating.ofValue(p.text().charAt(0) - '0');
    }

    /** The question on screen (the last one asked once the session is over). */
    Question question() {
        return session.current().orElseGet(() -> turn.judged() != null ? turn.judged().question() : null);
    }

    @Override
    public Frame view(Look look) {
        return StudyView.draw(this, look);
    }

    /** The keys of this session's answer mode, then those after an answer. */
    @Override
    public List<Message> keys() {
        Question q = question();
        AnswerMode mode = q == null ? session.answerMode() : q.mode();
        List<Message> answer = mode == AnswerMode.CHOICE ? List.of(Message.HELP_CHOICE)
                : mode == AnswerMode.FLIP ? List.of(Message.HELP_FLIP)
                : List.of(Message.HELP_EDIT, Message.HELP_SUBMIT);
        List<Message> all = new ArrayList<>(answer);
        all.addAll(List.of(Message.HELP_RATE, Message.HELP_LANG, Message.HELP_BACK));
        return List.copyOf(all);
    }

    /** Whether this quiz result beats the earlier ones of its kind. */
    boolean personalBest() {
        return turn.result() != null && QuizBests.isPersonalBest(turn.result(), previous);
    }
}
