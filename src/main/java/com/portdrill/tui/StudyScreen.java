package com.portdrill.tui;

import com.portdrill.deck.NameIndex;
import com.portdrill.i18n.Message;
import com.portdrill.journal.JournalLine;
import com.portdrill.session.AnswerMode;
import com.portdrill.session.Attempt;
import com.portdrill.session.QuizResult;
import com.portdrill.session.QuizSession;
import com.portdrill.session.Question;
import com.portdrill.session.Response;
import com.portdrill.session.Session;
import com.portdrill.srs.Rating;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The screen of a study, review or drill: it shows the session's question, takes the answer, asks the driver to
 * record it, and shows the verdict only once the driver says it is saved. All judging, ordering and scoring are the
 * session's; this screen only moves between phases. A timed quiz has a screen of its own, {@link QuizScreen}.
 *
 * @param session the session's rules and position
 * @param title   the deck's title for the header
 * @param phase   where the current question stands
 * @param pending why the last answer is not on disk yet, or empty
 * @param now     the time of the last tick
 * @param names   the deck's names, so that a wrong name typed is said to be what it is
 */
public record StudyScreen(Session session, String title, StudyPhase phase, String pending, Instant now, NameIndex names)
        implements Asks<StudyScreen> {

    private static final KeyTable<StudyScreen> TYPED = keys(AnswerMode.TYPED);
    private static final KeyTable<StudyScreen> CHOICE = keys(AnswerMode.CHOICE);
    private static final KeyTable<StudyScreen> FLIP = keys(AnswerMode.FLIP);

    public StudyScreen {
        Objects.requireNonNull(session, "session");
        title = title == null ? "" : title;
        Objects.requireNonNull(phase, "phase");
        pending = pending == null ? "" : pending;
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(names, "names");
    }

    /**
     * The screen for a session started at {@code now}: a quiz's own, or this one.
     *
     * @param previous earlier quiz results for the personal best; empty for other sessions
     */
    public static Screen of(Session session, String title, List<QuizResult> previous, Instant now) {
        return of(session, title, previous, now, NameIndex.of(List.of()));
    }

    /** {@link #of(Session, String, List, Instant)} on a deck whose {@code names} feedback may name. */
    public static Screen of(Session session, String title, List<QuizResult> previous, Instant now, NameIndex names) {
        if (session instanceof QuizSession quiz) {
            return QuizScreen.of(quiz, title, previous, now);
        }
        StudyPhase first = session.current().isPresent() ? Asking.at(now) : new StudyPhase.Over(0);
        return new StudyScreen(session, title, first, "", now, names);
    }

    private StudyScreen with(StudyPhase p) {
        return new StudyScreen(session, title, p, pending, now, names);
    }

    @Override
    public StudyScreen with(Asking asking) {
        return with((StudyPhase) asking);
    }

    @Override
    public Next tick(Instant at) {
        return Next.stay(new StudyScreen(session, title, phase, pending, at, names));
    }

    @Override
    public Next saved(String why) {
        if (!(phase instanceof StudyPhase.Saving saving)) {
            return Next.stay(this);
        }
        StudyScreen shown = new StudyScreen(session, title, StudyPhase.Feedback.of(saving.judged()), why, now, names);
        return switch (saving.then()) {
            case SHOW -> Next.stay(shown);
            case NEXT -> advance(saving.judged(), why);
            case BACK -> Next.of(shown, new Cmd.Back());
        };
    }

    private Next advance(Attempt.Judged answered, String why) {
        Session next = session.next(answered);
        StudyPhase p = next.current().isPresent() ? Asking.at(now) : new StudyPhase.Over(0);
        return Next.stay(new StudyScreen(next, title, p, why, now, names));
    }

    /** Every answer is already kept, so leaving a question is going back. */
    @Override
    public Next leave() {
        return Next.of(this, new Cmd.Back());
    }

    @Override
    public Next submit(Response response) {
        Instant shownAt = phase instanceof StudyPhase.Revealed r ? r.shownAt() : asking().orElseThrow().shownAt();
        Attempt a = session.judge(response, shownAt, now);
        Optional<Asking> again = asking().flatMap(ask -> ask.retry(a));
        if (again.isPresent()) {
            return Next.stay(with(again.get()));
        }
        if (!(a instanceof Attempt.Judged j)) {
            return Next.stay(this);
        }
        return Next.of(with(new StudyPhase.Saving(j, StudyPhase.After.SHOW)), new Cmd.RecordAnswer(j.review(session.studyMode())));
    }

    /**
     * After the verdict, Enter or Space goes on and Esc or q goes back; an overruling or a changed rating is a
     * correction, recorded first: a line that names the answer, then we move.
     */
    private Next goOn(StudyPhase.Feedback f, boolean next) {
        if (f.corrected()) {
            JournalLine.Kind kind = f.original().isPresent() ? JournalLine.Kind.OVERRULE : JournalLine.Kind.REGRADE;
            return Next.of(with(new StudyPhase.Saving(f.judged(), next ? StudyPhase.After.NEXT : StudyPhase.After.BACK)),
                    new Cmd.RecordAnswer(f.judged().correction(session.studyMode(), kind)));
        }
        return next ? advance(f.judged(), pending) : Next.of(this, new Cmd.Back());
    }

    private Optional<StudyPhase.Feedback> feedback() {
        return phase instanceof StudyPhase.Feedback f ? Optional.of(f) : Optional.empty();
    }

    /**
     * The keys of a session answered in {@code mode}, phase by phase. After the verdict the rating moves with ← and →,
     * never with a key that answers (a digit, a letter): a key pressed to answer the next card must not change this
     * one.
     */
    private static KeyTable<StudyScreen> keys(AnswerMode mode) {
        KeyTable<StudyScreen> answering = Asks.answerKeys(mode, Message.HELP_BACK);
        if (mode == AnswerMode.FLIP) {
            answering = answering
                    .bind(Message.HELP_FLIP, s -> s.asking().isPresent(),
                            (s, p) -> Next.stay(s.with(new StudyPhase.Revealed(s.asking().orElseThrow().shownAt()))),
                            KeyTable.Chord.of(" "), KeyTable.Chord.of(Key.ENTER))
                    .bind(Message.HELP_FLIP, s -> s.phase instanceof StudyPhase.Revealed,
                            (s, p) -> s.submit(new Response.SelfGraded(Rating.ofValue(p.text().charAt(0) - '0'))),
                            KeyTable.Chord.of("1"), KeyTable.Chord.of("2"), KeyTable.Chord.of("3"), KeyTable.Chord.of("4"))
                    .bind(Message.HELP_BACK, s -> s.phase instanceof StudyPhase.Revealed, (s, p) -> s.leave(),
                            KeyTable.Chord.of(Key.ESC), KeyTable.Chord.of("q"));
        }
        KeyTable<StudyScreen> rating = answering
                .bind(Message.HELP_RATE, s -> s.feedback().isPresent(),
                        (s, p) -> Next.stay(s.with(s.feedback().orElseThrow().rated(p.key() == Key.LEFT ? -1 : 1))),
                        KeyTable.Chord.of(Key.LEFT), KeyTable.Chord.of(Key.RIGHT));
        if (mode != AnswerMode.FLIP) {
            // a flip card is graded by the learner: there is no judge to overrule
            rating = rating.bind(Message.HELP_RATE, s -> s.feedback().filter(StudyPhase.Feedback::overrulable).isPresent(),
                    (s, p) -> Next.stay(s.with(s.feedback().orElseThrow().overrule())),
                    KeyTable.Chord.of("!"), KeyTable.Chord.of("！"));
        }
        return rating
                .bind(Message.HELP_RATE, s -> s.feedback().isPresent(), (s, p) -> s.goOn(s.feedback().orElseThrow(), true),
                        KeyTable.Chord.of(Key.ENTER), KeyTable.Chord.of(" "))
                .bind(Message.HELP_LANG, s -> s.feedback().isPresent(),
                        (s, p) -> Next.stay(s.with(s.feedback().orElseThrow().toggleLanguage())),
                        KeyTable.Chord.of("l"), KeyTable.Chord.of("L"))
                .bind(Message.HELP_BACK, s -> s.feedback().isPresent(), (s, p) -> s.goOn(s.feedback().orElseThrow(), false),
                        KeyTable.Chord.of(Key.ESC), KeyTable.Chord.of("q"))
                .then(Asks.summaryKeys(s -> s.phase instanceof StudyPhase.Over,
                        (s, lines) -> s.with(new StudyPhase.Over(((StudyPhase.Over) s.phase).scroll() + lines))))
                .hint(Message.BACK_HINT, s -> !(s.phase instanceof StudyPhase.Over), KeyTable.Chord.of(Key.ESC));
    }

    /**
     * This screen's keys: those of the question's answer mode (a choice session asks a card with no distractors
     * typed), then those after an answer and at the end.
     */
    @Override
    public KeyTable<StudyScreen> table() {
        Question q = question();
        return switch (q == null ? session.answerMode() : q.mode()) {
            case TYPED -> TYPED;
            case CHOICE -> CHOICE;
            case FLIP -> FLIP;
        };
    }

    /** The question on screen (the last one asked once the session is over). */
    @Override
    public Question question() {
        return session.current().orElseGet(() -> answered().map(Attempt.Judged::question).orElse(null));
    }

    /** The answer being saved or shown. */
    private Optional<Attempt.Judged> answered() {
        if (phase instanceof StudyPhase.Saving s) {
            return Optional.of(s.judged());
        }
        return feedback().map(StudyPhase.Feedback::judged);
    }

    @Override
    public Frame view(Look look) {
        return StudyView.draw(this, look);
    }
}
