package com.portdrill.tui;

import com.portdrill.i18n.Lang;
import com.portdrill.i18n.ScreenText;
import org.jline.utils.AttributedString;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Lines another part draws, title included (the statistics' charts), for the window's width and language,
 * scrolled with the arrows. Lines are clipped, not wrapped: charts are drawn to the width they are given.
 */
public record TextScreen(Renderer body, int scroll) implements Screen {
    /** Draws plain lines, at most {@code width} columns each, in {@code lang}: a pure function of its inputs. */
    @FunctionalInterface
    public interface Renderer {
        List<String> lines(int width, Lang lang);
    }

    public TextScreen {
        Objects.requireNonNull(body, "body");
        scroll = Math.max(0, scroll);
    }

    public static TextScreen of(Renderer body) {
        return new TextScreen(body, 0);
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
        if (p.key() == Key.DOWN || p.is("j") || p.is(" ")) {
            return Next.stay(new TextScreen(body, scroll + (p.is(" ") ? 10 : 1)));
        }
        if (p.key() == Key.UP || p.is("k")) {
            return Next.stay(new TextScreen(body, scroll - 1));
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
            out.add(Lines.line(look.theme(), Span.of(Role.MUTED, ScreenText.STATS_EMPTY.in(look.lang()))));
        }
        for (String l : lines.subList(from, Math.min(lines.size(), from + room))) {
            out.add(Lines.line(look.theme(), Span.plain(l)));
        }
        while (out.size() < look.rows() - 1) {
            out.add(AttributedString.EMPTY);
        }
        out.add(Lines.line(look.theme(), Span.of(Role.MUTED, ScreenText.BACK_HINT.in(look.lang()))));
        return Frame.of(out);
    }

    @Override
    public List<ScreenText> keys() {
        return List.of(ScreenText.HELP_MOVE, ScreenText.HELP_BACK);
    }
}
