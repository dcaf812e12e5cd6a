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

    @Override
    public Next update(Msg msg) {
        if (!(msg instanceof Msg.Press)) {
            return Next.stay(this);
        }
        Msg.Press p = (Msg.Press) msg;
        if (p.key() == Key.ESC || p.key() == Key.ENTER || p.is("q")) {
            return Next.of(this, new Cmd.Back());
        }
        if (action.isPresent() && p.is(action.get().letter())) {
            return Next.of(this, new Cmd.Open(action.get().destination()));
        }
        if (p.key() == Key.DOWN || p.is("j") || p.is(" ")) {
            return Next.stay(new TextScreen(body, scroll + (p.is(" ") ? 10 : 1), action));
        }
        if (p.key() == Key.UP || p.is("k")) {
            return Next.stay(new TextScreen(body, scroll - 1, action));
        }
        return Next.stay(this);
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
        String hint = Message.BACK_HINT.in(look.lang());
        out.add(Lines.line(look.theme(), Span.of(Role.MUTED, action.map(a -> a.hint().in(look.lang()) + " · " + hint)
                .orElse(hint))));
        return Frame.of(out);
    }

    @Override
    public List<Message> keys() {
        return action.map(a -> List.of(Message.HELP_MOVE, a.hint(), Message.HELP_BACK))
                .orElse(List.of(Message.HELP_MOVE, Message.HELP_BACK));
    }
}
