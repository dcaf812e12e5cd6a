package com.portdrill.tui;

import com.portdrill.i18n.Message;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * A screen's keys as data. Each binding names the keys it takes, the help line that tells of them and what they do;
 * the screen hands every key press to its table and its {@code ?} help is the table's help lines, so a key cannot be
 * handled without being listed, nor listed without being handled.
 *
 * @param <S> the screen the bindings act on
 */
public record KeyTable<S extends Screen>(List<Binding<S>> bindings, Optional<Hint<S>> hint) {
    public KeyTable {
        bindings = List.copyOf(bindings);
        Objects.requireNonNull(hint, "hint");
    }

    /** The line at the foot of a screen in the states {@code when} accepts, and the keys it names. */
    public record Hint<S extends Screen>(Message text, Predicate<S> when, List<Chord> keys) {
        public Hint {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(when, "when");
            keys = List.copyOf(keys);
        }
    }

    /** A key, or any printable character when {@code text} is empty for {@link Key#CHAR}. */
    public record Chord(Key key, String text) {
        public Chord {
            Objects.requireNonNull(key, "key");
            text = text == null ? "" : text;
        }

        static Chord of(Key key) {
            return new Chord(key, "");
        }

        static Chord of(String character) {
            return new Chord(Key.CHAR, character);
        }

        /** Every printable character: what typing an answer or a query takes. */
        static Chord anyText() {
            return new Chord(Key.CHAR, "");
        }

        boolean matches(Msg.Press press) {
            return key == press.key() && (text.isEmpty() || text.equals(press.text()));
        }

        /** A press this chord takes ({@code x} for any character). */
        Msg.Press press() {
            return key == Key.CHAR && text.isEmpty() ? Msg.Press.text("x") : new Msg.Press(key, text);
        }
    }

    /**
     * One entry of the table: when {@code when} holds for the screen, the {@code chords} do {@code action}.
     *
     * @param help the help line that lists these keys
     */
    public record Binding<S extends Screen>(Message help, Predicate<S> when, List<Chord> chords,
                             BiFunction<S, Msg.Press, Next> action) {
        public Binding {
            Objects.requireNonNull(help, "help");
            Objects.requireNonNull(when, "when");
            chords = List.copyOf(chords);
            Objects.requireNonNull(action, "action");
        }

        boolean takes(S screen, Msg.Press press) {
            return when.test(screen) && chords.stream().anyMatch(c -> c.matches(press));
        }
    }

    public static <S extends Screen> KeyTable<S> empty() {
        return new KeyTable<>(List.of(), Optional.empty());
    }

    /** This table and one binding more, whatever state the screen is in. */
    public KeyTable<S> bind(Message help, BiFunction<S, Msg.Press, Next> action, Chord... chords) {
        return bind(help, s -> true, action, chords);
    }

    /** This table and one binding more, for the states {@code when} accepts. */
    public KeyTable<S> bind(Message help, Predicate<S> when, BiFunction<S, Msg.Press, Next> action,
                            Chord... chords) {
        return bind(help, when, action, List.of(chords));
    }

    /** This table and one binding more, for the states {@code when} accepts. */
    public KeyTable<S> bind(Message help, Predicate<S> when, BiFunction<S, Msg.Press, Next> action,
                            List<Chord> chords) {
        List<Binding<S>> more = new ArrayList<>(bindings);
        more.add(new Binding<>(help, when, chords, action));
        return new KeyTable<>(more, hint);
    }

    /** This table followed by {@code other}'s bindings; this table's hint line, else {@code other}'s. */
    public KeyTable<S> then(KeyTable<S> other) {
        List<Binding<S>> more = new ArrayList<>(bindings);
        more.addAll(other.bindings);
        return new KeyTable<>(more, hint.or(() -> other.hint));
    }

    /** This table with a hint line at the screen's foot that names {@code keys}. */
    public KeyTable<S> hint(Message text, Chord... keys) {
        return hint(text, s -> true, keys);
    }

    /** This table with a hint line at the screen's foot in the states {@code when} accepts. */
    public KeyTable<S> hint(Message text, Predicate<S> when, Chord... keys) {
        return new KeyTable<>(bindings, Optional.of(new Hint<>(text, when, List.of(keys))));
    }

    /** The hint line for {@code screen} as it is now: shown only while every key it names does something. */
    public Optional<Message> hint(S screen) {
        return hint.filter(h -> h.when().test(screen))
                .filter(h -> h.keys().stream().allMatch(c -> binding(screen, c.press()).isPresent())).map(Hint::text);
    }

    /** The first binding that takes {@code press} on {@code screen} as it is now. */
    public Optional<Binding<S>> binding(S screen, Msg.Press press) {
        return bindings.stream().filter(b -> b.takes(screen, press)).findFirst();
    }

    /** What {@code press} does on {@code screen}; a key no binding takes leaves it as it is. */
    public Next handle(S screen, Msg.Press press) {
        return binding(screen, press).map(b -> b.action().apply(screen, press)).orElse(Next.stay(screen));
    }

    /** The help lines, in the order of their first binding, each once. */
    public List<Message> help() {
        return bindings.stream().map(Binding::help).distinct().toList();
    }
}
