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

    private static final KeyTable<LookupScreen> KEYS = KeyTable.<LookupScreen>empty()
            .bind(Message.HELP_BACK, (s, p) -> Next.of(s, new Cmd.Back()), KeyTable.Chord.of(Key.ESC))
            .bind(Message.HELP_BACK, s -> s.input.text().isEmpty(), (s, p) -> Next.of(s, new Cmd.Back()),
                    KeyTable.Chord.of("q"))
            .bind(Message.HELP_LOOKUP_KEYS, (s, p) -> Next.stay(s.look(s.input.text(), s.description, 0)),
                    KeyTable.Chord.of(Key.ENTER))
            .bind(Message.HELP_LOOKUP_KEYS, (s, p) -> Next.stay(s.look(s.shown, s.description.other(), s.scroll)),
                    KeyTable.Chord.of(Key.TAB))
            .bind(Message.HELP_LOOKUP_KEYS, (s, p) -> Next.stay(s.look(s.shown, s.description, s.scroll + 1)),
                    KeyTable.Chord.of(Key.DOWN))
            .bind(Message.HELP_LOOKUP_KEYS, (s, p) -> Next.stay(s.look(s.shown, s.description, s.scroll - 1)),
                    KeyTable.Chord.of(Key.UP))
            .bind(Message.HELP_EDIT, s -> true, (s, p) -> s.input.edit(p)
                    .map(e -> Next.stay(new LookupScreen(s.knowledge, s.here, e, s.shown, s.description, s.scroll)))
                    .orElse(Next.stay(s)), LineEditor.KEYS)
            .hint(Message.LOOKUP_HINT, KeyTable.Chord.anyText(), KeyTable.Chord.of(Key.ENTER), KeyTable.Chord.of(Key.TAB),
                    KeyTable.Chord.of(Key.ESC));

    @Override
    public Next update(Msg msg) {
        return msg instanceof Msg.Press p ? KEYS.handle(this, p) : Next.stay(this);
    }

    /** This screen showing {@code query} in {@code lang}, scrolled by {@code lines}. */
    private LookupScreen look(String query, Lang lang, int lines) {
        return new LookupScreen(knowledge, here, input, query, lang, lines);
    }

    @Override
    public Frame view(Look look) {
        List<AttributedString> lines = new ArrayList<>();
        lines.add(Lines.line(look.theme(), Span.of(Role.TITLE, Message.LOOKUP_TITLE.in(look.lang()))));
        KEYS.hint(this).ifPresent(h -> lines.addAll(Lines.paragraph(look.theme(), Role.MUTED, h.in(look.lang()),
                look.cols() - 1, "")));
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

    KeyTable<LookupScreen> table() {
        return KEYS;
    }

    @Override
    public List<Message> keys() {
        return KEYS.help();
    }
}
