package com.portdrill.tui;

import com.portdrill.i18n.Message;
import com.portdrill.session.AnswerMode;
import com.portdrill.session.Attempt;
import com.portdrill.session.Question;
import com.portdrill.session.QuizBests;
import com.portdrill.session.QuizResult;
import com.portdrill.session.QuizSession;
import com.portdrill.session.Response;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The timed quiz: a ready screen that holds the clock, questions back to back under a countdown, and the score with
 * the personal best and the misses explained. The deadline and the scoring are the quiz session's; this screen moves
 * between phases on keys, saves and clock ticks.
 *
 * @param quiz     the quiz's rules, position and clock
 * @param title    the deck's title for the header
 * @param previous earlier quiz results, for the personal best
 * @param phase    where the quiz stands
 * @param last     the previous answer, shown as one line above the next question
 * @param pending  why the last answer is not on disk yet, or empty
 * @param now      the time of the last tick
 */
public record QuizScreen(QuizSession quiz, String title, List<QuizResult> previous, QuizPhase phase,
                         Optional<Attempt.Judged> last, String pending, Instant now) implements Asks<QuizScreen> {

    private static final KeyTable<QuizScreen> TYPED = keys(AnswerMode.TYPED);
    private static final KeyTable<QuizScreen> CHOICE = keys(AnswerMode.CHOICE);

    public QuizScreen {
        Objects.requireNonNull(quiz, "quiz");
        title = title == null ? "" : title;
        previous = List.copyOf(previous);
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(last, "last");
        pending = pending == null ? "" : pending;
        Objects.requireNonNull(now, "now");
    }

    /** The quiz opened at {@code now}, waiting for Enter; a quiz with nothing to ask is over at once. */
    static QuizScreen of(QuizSession quiz, String title, List<QuizResult> previous, Instant now) {
        QuizPhase first = quiz.current().isPresent() ? new QuizPhase.Ready() : new QuizPhase.Over(quiz.finish(now), "", 0);
        return new QuizScreen(quiz, title, previous, first, Optional.empty(), "", now);
    }

    private QuizScreen with(QuizPhase p) {
        return new QuizScreen(quiz, title, previous, p, last, pending, now);
    }

    @Override
    public QuizScreen with(Asking asking) {
        return with((QuizPhase) asking);
    }

    @Override
    public Next tick(Instant at) {
        QuizScreen s = new QuizScreen(quiz, title, previous, phase, last, pending, at);
        boolean running = phase instanceof Asking || phase instanceof QuizPhase.Saving;
        return running && quiz.isOver(at) ? s.end() : Next.stay(s);
    }

    /** Enter on the ready screen: the clock starts now, with the first question. */
    private Next start() {
        return Next.stay(new QuizScreen(quiz.startingAt(now), title, previous, Asking.at(now), last, pending, now));
    }

    /** Time is up, or the learner stopped: an answer being saved counts, an answer being typed does not. */
    private Next end() {
        QuizSession q = phase instanceof QuizPhase.Saving saving ? quiz.next(saving.judged()) : quiz;
        QuizResult result = q.finish(now);
        String unscored = asking().map(a -> a.input().text()).orElse("");
        QuizScreen over = new QuizScreen(q, title, previous, new QuizPhase.Over(result, unscored, 0), last, pending, now);
        return Next.of(over, new Cmd.KeepQuizResult(result));
    }

    @Override
    public Next saved(String why) {
        if (!(phase instanceof QuizPhase.Saving saving)) {
            return Next.stay(this);
        }
        QuizScreen next = new QuizScreen(quiz.next(saving.judged()), title, previous, Asking.at(now),
                Optional.of(saving.judged()), why, now);
        return next.quiz.current().isPresent() ? Next.stay(next) : next.end();
    }

    /** Esc ends the quiz early and shows the summary. */
    @Override
    public Next leave() {
        return end();
    }

    @Override
    public Next submit(Response response) {
        Asking asking = asking().orElseThrow();
        Attempt a = quiz.judge(response, asking.shownAt(), now);
        Optional<Asking> again = asking.retry(a);
        if (again.isPresent()) {
            return Next.stay(with(again.get()));
        }
        if (!(a instanceof Attempt.Judged j)) {
            return end();
        }
        return Next.of(with(new QuizPhase.Saving(j)), new Cmd.RecordAnswer(j.review(quiz.studyMode())));
    }

    private static KeyTable<QuizScreen> keys(AnswerMode mode) {
        return KeyTable.<QuizScreen>empty()
                .bind(Message.HELP_START, s -> s.phase instanceof QuizPhase.Ready, (s, p) -> s.start(),
                        KeyTable.Chord.of(Key.ENTER), KeyTable.Chord.of(" "))
                .bind(Message.HELP_BACK, s -> s.phase instanceof QuizPhase.Ready, (s, p) -> Next.of(s, new Cmd.Back()),
                        KeyTable.Chord.of(Key.ESC), KeyTable.Chord.of("q"))
                .then(Asks.answerKeys(mode, Message.HELP_STOP))
                .then(Asks.summaryKeys(s -> s.phase instanceof QuizPhase.Over,
                        (s, lines) -> s.with(((QuizPhase.Over) s.phase).scrolled(lines))))
                .hint(Message.BACK_HINT, s -> s.phase instanceof Asking || s.phase instanceof QuizPhase.Saving,
                        KeyTable.Chord.of(Key.ESC));
    }

    /** The keys of the question's answer mode (a card with no distractors is typed in a choice quiz). */
    @Override
    public KeyTable<QuizScreen> table() {
        Question q = question();
        return (q == null ? quiz.answerMode() : q.mode()) == AnswerMode.CHOICE ? CHOICE : TYPED;
    }

    /** The question on screen; a quiz cycles through its cards, so there is one unless it has none. */
    @Override
    public Question question() {
        return quiz.current().orElse(null);
    }

    /** Whether this quiz's result beats the earlier ones of its kind. */
    boolean personalBest() {
        return phase instanceof QuizPhase.Over over && QuizBests.isPersonalBest(over.result(), previous);
    }

    @Override
    public Frame view(Look look) {
        return QuizView.draw(this, look);
    }
}
