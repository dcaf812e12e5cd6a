package com.portdrill.tui;

import com.portdrill.i18n.Message;
import com.portdrill.session.AnswerMode;
import com.portdrill.session.Question;
import com.portdrill.session.Response;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * A screen that asks questions, the study screen or the quiz's: the keys that answer a question are the same on both,
 * so they are bound once, here, and each screen says what submitting and leaving mean for it.
 *
 * @param <S> the screen itself
 */
interface Asks<S extends Asks<S>> extends Screen {
    /** The choice keys: the options' numbers and letters (either case). */
    List<KeyTable.Chord> CHOICE_KEYS = List.of(KeyTable.Chord.of("1"), KeyTable.Chord.of("2"),
            KeyTable.Chord.of("3"), KeyTable.Chord.of("4"), KeyTable.Chord.of("a"), KeyTable.Chord.of("b"),
            KeyTable.Chord.of("c"), KeyTable.Chord.of("d"), KeyTable.Chord.of("A"), KeyTable.Chord.of("B"),
            KeyTable.Chord.of("C"), KeyTable.Chord.of("D"));

    /** The question on screen. */
    Question question();

    /** Where the question stands, {@link Asking} among the screen's other phases. */
    Object phase();

    /** The answer being given; empty in every other phase. */
    default Optional<Asking> asking() {
        return phase() instanceof Asking a ? Optional.of(a) : Optional.empty();
    }

    /** This screen with the answer being given changed. */
    S with(Asking asking);

    /** Judges {@code response} and asks for it to be recorded. */
    Next submit(Response response);

    /** Esc while asking: what leaving a question means on this screen. */
    Next leave();

    /** The clock moved on to {@code now}. */
    Next tick(Instant now);

    /** The answer asked for is on disk ({@code why} empty), or kept in memory for now, and why. */
    Next saved(String why);

    /** The screen's keys as they stand. */
    KeyTable<S> table();

    @Override
    default List<Message> keys() {
        return table().help();
    }

    /** What a screen that asks does with a message: the clock, a save, a key. */
    @Override
    default Next update(Msg msg) {
        // S is the screen itself, as every implementation declares it
        @SuppressWarnings("unchecked") S screen = (S) this;
        if (msg instanceof Msg.Tick tick) {
            return screen.tick(tick.now());
        }
        if (msg instanceof Msg.Saved) {
            return screen.saved("");
        }
        if (msg instanceof Msg.SaveFailed failed) {
            return screen.saved(failed.message());
        }
        return msg instanceof Msg.Press p ? screen.table().handle(screen, p) : Next.stay(screen);
    }

    /**
     * The keys of the summary, once {@code over} holds: ↑ ↓ j k scroll it ({@code scrolled} moves it by a number of
     * lines), Enter, Space, Esc or q go back.
     */
    static <S extends Asks<S>> KeyTable<S> summaryKeys(Predicate<S> over, BiFunction<S, Integer, S> scrolled) {
        return KeyTable.<S>empty()
                .bind(Message.HELP_SUMMARY, over,
                        (s, p) -> Next.stay(scrolled.apply(s, p.key() == Key.DOWN || p.is("j") ? 1 : -1)),
                        KeyTable.Chord.of(Key.UP), KeyTable.Chord.of(Key.DOWN), KeyTable.Chord.of("j"), KeyTable.Chord.of("k"))
                .bind(Message.HELP_SUMMARY, over, (s, p) -> Next.of(s, new Cmd.Back()),
                        KeyTable.Chord.of(Key.ENTER), KeyTable.Chord.of(Key.ESC), KeyTable.Chord.of("q"), KeyTable.Chord.of(" "));
    }

    /**
     * The keys of a question answered in {@code mode}, flip cards aside (only study turns them): Esc and {@code leave}
     * (q too, unless it is being typed), then typing or choosing.
     */
    static <S extends Asks<S>> KeyTable<S> answerKeys(AnswerMode mode, Message leave) {
        KeyTable<S> leaving = KeyTable.<S>empty()
                .bind(leave, s -> s.asking().isPresent(), (s, p) -> s.leave(), KeyTable.Chord.of(Key.ESC))
                .bind(leave, s -> s.asking().filter(a -> mode != AnswerMode.TYPED || a.input().text().isEmpty())
                        .isPresent(), (s, p) -> s.leave(), KeyTable.Chord.of("q"));
        if (mode == AnswerMode.CHOICE) {
            return leaving.bind(Message.HELP_CHOICE, s -> s.asking().isPresent(), (s, p) -> {
                OptionalInt option = s.question().optionFor(p.text());
                return option.isPresent() ? s.submit(new Response.Picked(option.getAsInt())) : Next.stay(s);
            }, CHOICE_KEYS);
        }
        if (mode == AnswerMode.TYPED) {
            return leaving
                    .bind(Message.HELP_SUBMIT, s -> s.asking().isPresent(),
                            (s, p) -> s.submit(new Response.Typed(s.asking().orElseThrow().input().text())),
                            KeyTable.Chord.of(Key.ENTER))
                    .bind(Message.HELP_EDIT, s -> s.asking().isPresent(), (s, p) -> {
                        Asking a = s.asking().orElseThrow();
                        return a.input().edit(p).map(e -> Next.stay(s.with(a.typed(e)))).orElse(Next.stay(s));
                    }, LineEditor.KEYS);
        }
        return leaving;
    }
}
