package com.portdrill.tui;

import com.portdrill.deck.PortKnowledge;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Message;
import org.jline.utils.AttributedString;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Type a port or a service, press Enter, read its explanation. The knowledge and the ports open on this machine
 * are values the driver reads when the screen opens; until a query is submitted (or after a blank one) the screen
 * shows those ports. The query shown is the one last submitted, in {@code description}'s language.
 */
public record LookupScreen(PortKnowledge knowledge, OpenHere here, LineEditor input, String shown, Lang description, int scroll)
        implements Screen {
    public LookupScreen {
        Objects.requireNonNull(knowledge, "knowledge");
        Objects.requireNonNull(here, "here");
        Objects.requireNonNull(input, "input");
        shown = shown == null ? "" : shown;
        scroll = Math.max(0, scroll);
    }

    public static LookupScreen of(PortKnowledge knowledge, Lang lang) {
        return of(knowledge, lang, OpenHere.NONE);
    }

    public static LookupScreen of(PortKnowledge knowledge, Lang lang, OpenHere here) {
        return new LookupScreen(knowledge, here, LineEditor.empty(), "", lang, 0);
    }

    @Override
    public Next update(Msg msg) {
        if (!(msg instanceof Msg.Press)) {
            return Next.stay(this);
        }
        Msg.Press p = (Msg.Press) msg;
        if (p.key() == Key.ESC || (p.is("q") && input.text().isEmpty())) {
            return Next.of(this, new Cmd.Back());
        }
        if (p.key() == Key.ENTER) {
            return Next.stay(new LookupScreen(knowledge, here, input, input.text(), description, 0));
        }
        if (p.key() == Key.TAB) {
            return Next.stay(new LookupScreen(knowledge, here, input, shown, description.other(), scroll));
        }
        if (p.key() == Key.DOWN) {
            return Next.stay(new LookupScreen(knowledge, here, input, shown, description, scroll + 1));
        }
        if (p.key() == Key.UP) {
            return Next.stay(new LookupScreen(knowledge, here, input, shown, description, scroll - 1));
        }
        return input.edit(p).map(e -> Next.stay(new LookupScreen(knowledge, here, e, shown, description, scroll)))
                .orElse(Next.stay(this));
    }

    @Override
    public Frame view(Look look) {
        List<AttributedString> lines = new ArrayList<>();
        lines.add(Lines.line(look.theme(), Span.of(Role.TITLE, Message.LOOKUP_TITLE.in(look.lang()))));
        lines.addAll(Lines.paragraph(look.theme(), Role.MUTED, Message.LOOKUP_HINT.in(look.lang()), look.cols() - 1, ""));
        InputLine in = InputLine.of(look.theme(), Message.LOOKUP_PROMPT.in(look.lang()), input, look.cols());
        int inputRow = lines.size();
        lines.add(in.line());
        lines.add(AttributedString.EMPTY);
        List<Para> paras = shown.isBlank() ? OpenHere.paras(here, look.lang())
                : PortLookup.explain(knowledge, shown, look.lang(), description);
        List<AttributedString> body = Para.draw(look.theme(), paras, look.textWidth());
        int room = Math.max(1, look.rows() - lines.size() - 1);
        int from = Math.min(scroll, Math.max(0, body.size() - room));
        lines.addAll(body.subList(from, Math.min(body.size(), from + room)));
        return new Frame(lines, inputRow, in.cursorCol());
    }

    @Override
    public List<Message> keys() {
        return List.of(Message.HELP_EDIT, Message.HELP_LOOKUP_KEYS, Message.HELP_BACK);
    }
}
