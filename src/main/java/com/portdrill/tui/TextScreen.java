package com.portdrill.tui;

import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Message;
import org.jline.utils.AttributedString;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lines another part draws, title included (the statistics' charts), for the window's width and language,
 * scrolled with the arrows. Lines are clipped, not wrapped: charts are drawn to the width they are given. A screen
 * may offer one action on a letter (the statistics offer fitting FSRS), named in its last line.
 */
public record TextScreen(Renderer body, int scroll, java.util.Optional<Action> action) implements Screen {
    /**
     * A key that opens another screen.
     *
     * @param letter      the key
     * @param destination what it opens
     * @param hint        the last line's words for it
     */
    public record Action(String letter, Destination destination, Message hint) {
        public Action {
            Objects.requireNonNull(letter, "letter");
            Objects.requireNonNull(destination, "destination");
            Objects.requireNonNull(hint, "hint");
        }
    }

    /** Draws plain lines, at most {@code width} columns each, in {@code lang}: a pure function of its inputs. */
    @FunctionalInterface
    public interface Renderer {
        List<String> lines(int width, Lang lang);
    }

    public TextScreen {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(action, "action");
        scroll = Math.max(0, scroll);
    }

    public static TextScreen of(Renderer body) {
        return new TextScreen(body, 0, java.util.Optional.empty());
    }

    /** This screen, with {@code action} on its letter. */
    public TextScreen with(Action action) {
        return new TextScreen(body, scroll, java.util.Optional.of(action));
    }

    private static final KeyTable<TextScreen> BACK = KeyTable.<TextScreen>empty()
            .bind(Message.HELP_BACK, (s, p) -> Next.of(s, new Cmd.Back()), KeyTable.Chord.of(Key.ESC),
                    KeyTable.Chord.of(Key.ENTER), KeyTable.Chord.of("q"))
            .hint(Message.BACK_HINT, KeyTable.Chord.of(Key.ESC));

    private static final KeyTable<TextScreen> SCROLLING = KeyTable.<TextScreen>empty()
            .bind(Message.HELP_MOVE, (s, p) -> Next.stay(s.scrolled(1)), KeyTable.Chord.of(Key.DOWN),
                    KeyTable.Chord.of("j"))
            .bind(Message.HELP_MOVE, (s, p) -> Next.stay(s.scrolled(-1)), KeyTable.Chord.of(Key.UP),
                    KeyTable.Chord.of("k"))
            .bind(Message.HELP_PAGE, (s, p) -> Next.stay(s.scrolled(10)), KeyTable.Chord.of(" "));

    @Override
    public Next update(Msg msg) {
        return msg instanceof Msg.Press p ? table().handle(this, p) : Next.stay(this);
    }

    private TextScreen scrolled(int lines) {
        return new TextScreen(body, scroll + lines, action);
    }

    /** Going back, this screen's action on its letter, then scrolling. */
    KeyTable<TextScreen> table() {
        KeyTable<TextScreen> withAction = action.map(a -> BACK.bind(a.hint(),
                (s, p) -> Next.of(s, new Cmd.Open(a.destination())), KeyTable.Chord.of(a.letter()))).orElse(BACK);
        return withAction.then(SCROLLING);
    }

    @Override
    public Frame view(Look look) {
        List<AttributedString> out = new ArrayList<>();
        int room = Math.max(1, look.rows() - 1);
        List<String> lines = body.lines(look.cols() - 1, look.lang());
        int from = Math.min(scroll, Math.max(0, lines.size() - room));
        if (lines.isEmpty()) {
            out.add(Lines.line(look.theme(), Span.of(Role.MUTED, Message.STATS_EMPTY.in(look.lang()))));
        }
        for (String l : lines.subList(from, Math.min(lines.size(), from + room))) {
            out.add(Lines.line(look.theme(), Span.plain(l)));
        }
        while (out.size() < look.rows() - 1) {
            out.add(AttributedString.EMPTY);
        }
        String hint = table().hint(this).map(h -> h.in(look.lang())).orElse("");
        out.add(Lines.line(look.theme(), Span.of(Role.MUTED, action.map(a -> a.hint().in(look.lang()) + " · " + hint)
                .orElse(hint))));
        return Frame.of(out);
    }

    @Override
    public List<Message> keys() {
        return table().help();
    }
}
