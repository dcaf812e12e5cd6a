package com.portdrill.tui;

import com.portdrill.i18n.Message;
import org.jline.utils.AttributedString;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The first screen: eight entries, moved through with arrows or j/k, opened with Enter, a number or a letter.
 *
 * @param waiting what waits beside Study and Review; null until counted
 */
public record MenuScreen(int selected, Msg.Waiting waiting) implements Screen {
    /** One entry: its label, its letter, and where it goes (null for quit). */
    enum Item {
        STUDY(Message.MENU_STUDY, "s", Destination.STUDY),
        QUIZ(Message.MENU_QUIZ, "t", Destination.QUIZ),
        REVIEW(Message.MENU_REVIEW, "r", Destination.REVIEW),
        DRILL(Message.MENU_DRILL, "d", Destination.DRILL),
        STATS(Message.MENU_STATS, "c", Destination.STATS),
        LOOKUP(Message.MENU_LOOKUP, "l", Destination.LOOKUP),
        SETTINGS(Message.MENU_SETTINGS, "o", Destination.SETTINGS),
        QUIT(Message.MENU_QUIT, "q", null);

        final Message label;
        final String letter;
        final Destination destination;

        Item(Message label, String letter, Destination destination) {
            this.label = label;
            this.letter = letter;
            this.destination = destination;
        }
    }

    public MenuScreen {
        selected = Math.floorMod(selected, Item.values().length);
    }

    public static MenuScreen start() {
        return new MenuScreen(0, null);
    }

    private MenuScreen at(int index) {
        return new MenuScreen(index, waiting);
    }

    /** The menu showing these counts. */
    MenuScreen waiting(Msg.Waiting counts) {
        return new MenuScreen(selected, counts);
    }

    /** Arrows or j/k move, Enter or Space opens, an entry's number or letter (either case) opens it. */
    private static final KeyTable<MenuScreen> KEYS = itemKeys(KeyTable.<MenuScreen>empty()
            .bind(Message.HELP_MOVE, (m, p) -> Next.stay(m.at(m.selected - 1)),
                    KeyTable.Chord.of(Key.UP), KeyTable.Chord.of("k"))
            .bind(Message.HELP_MOVE, (m, p) -> Next.stay(m.at(m.selected + 1)),
                    KeyTable.Chord.of(Key.DOWN), KeyTable.Chord.of(Key.TAB), KeyTable.Chord.of("j"))
            .bind(Message.HELP_OPEN, (m, p) -> m.open(Item.values()[m.selected]),
                    KeyTable.Chord.of(Key.ENTER), KeyTable.Chord.of(" ")))
            .bind(Message.HELP_LEAVE, (m, p) -> Next.of(m, new Cmd.Exit()), KeyTable.Chord.of(Key.ESC))
            .hint(Message.MENU_HINT, KeyTable.Chord.of(Key.UP), KeyTable.Chord.of(Key.DOWN), KeyTable.Chord.of("j"),
                    KeyTable.Chord.of("k"), KeyTable.Chord.of(Key.ENTER), KeyTable.Chord.of("s"), KeyTable.Chord.of("1"));

    private static KeyTable<MenuScreen> itemKeys(KeyTable<MenuScreen> table) {
        KeyTable<MenuScreen> out = table;
        for (Item item : Item.values()) {
            out = out.bind(Message.HELP_OPEN, (m, p) -> m.open(item), KeyTable.Chord.of(String.valueOf(item.ordinal() + 1)),
                    KeyTable.Chord.of(item.letter), KeyTable.Chord.of(item.letter.toUpperCase(Locale.ROOT)));
        }
        return out;
    }

    @Override
    public Next update(Msg msg) {
        return msg instanceof Msg.Press p ? KEYS.handle(this, p) : Next.stay(this);
    }

    private Next open(Item item) {
        MenuScreen here = at(item.ordinal());
        return item.destination == null ? Next.of(here, new Cmd.Exit()) : Next.of(here, new Cmd.Open(item.destination));
    }

    @Override
    public Frame view(Look look) {
        List<AttributedString> lines = new ArrayList<>();
        lines.add(Lines.line(look.theme(), Span.of(Role.TITLE, Message.APP_TITLE.in(look.lang()))));
        lines.add(AttributedString.EMPTY);
        Item[] items = Item.values();
        for (int i = 0; i < items.length; i++) {
            String label = " " + (i + 1) + "  " + items[i].letter + "  " + items[i].label.in(look.lang()) + count(items[i], look)
                    + " ";
            lines.add(Lines.line(look.theme(), Span.plain(i == selected ? "▸" : " "),
                    Span.of(i == selected ? Role.SELECTED : Role.PLAIN, label)));
        }
        lines.add(AttributedString.EMPTY);
        Choices c = look.choices();
        lines.addAll(Lines.paragraph(look.theme(), Role.PLAIN, Message.MENU_CHOICES.in(look.lang(), c.deck(),
                SettingsScreen.modeLabel(c, look.lang()), c.quizSeconds()), look.cols() - 1, ""));
        if (c.kind().isPresent()) {
            lines.addAll(Lines.paragraph(look.theme(), Role.PLAIN, Message.MENU_KIND.in(look.lang(),
                    SettingsScreen.kindLabel(c.kind(), look.lang())), look.cols() - 1, ""));
        }
        KEYS.hint(this).ifPresent(h -> lines.addAll(Lines.paragraph(look.theme(), Role.MUTED, h.in(look.lang()),
                look.cols() - 1, "")));
        return Frame.of(lines);
    }

    /** Beside Study what is due and new, beside Review what was missed; nothing until counted. */
    private String count(Item item, Look look) {
        if (waiting == null) {
            return "";
        }
        if (item == Item.STUDY) {
            return "  · " + Message.MENU_WAITING.in(look.lang(), waiting.due(), waiting.fresh());
        }
        return item == Item.REVIEW ? "  · " + Message.MENU_MISSED.in(look.lang(), waiting.missed()) : "";
    }

    KeyTable<MenuScreen> table() {
        return KEYS;
    }

    @Override
    public List<Message> keys() {
        return KEYS.help();
    }
}
