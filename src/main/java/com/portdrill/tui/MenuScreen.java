package com.portdrill.tui;

import com.portdrill.i18n.Message;
import org.jline.utils.AttributedString;

import java.util.ArrayList;
import java.util.List;

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

    @Override
    public Next update(Msg msg) {
        if (!(msg instanceof Msg.Press)) {
            return Next.stay(this);
        }
        Msg.Press p = (Msg.Press) msg;
        switch (p.key()) {
            case UP:
                return Next.stay(at(selected - 1));
            case DOWN:
            case TAB:
                return Next.stay(at(selected + 1));
            case ENTER:
                return open(Item.values()[selected]);
            case ESC:
                return Next.of(this, new Cmd.Exit());
            case CHAR:
                return onChar(p.text());
            default:
                return Next.stay(this);
        }
    }

    private Next onChar(String c) {
        if (c.equals("k")) {
            return Next.stay(at(selected - 1));
        }
        if (c.equals("j")) {
            return Next.stay(at(selected + 1));
        }
        if (c.equals(" ")) {
            return open(Item.values()[selected]);
        }
        Item[] items = Item.values();
        for (int i = 0; i < items.length; i++) {
            if (c.equals(String.valueOf(i + 1)) || c.equalsIgnoreCase(items[i].letter)) {
                return open(items[i]);
            }
        }
        return Next.stay(this);
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
        lines.addAll(Lines.paragraph(look.theme(), Role.MUTED, Message.MENU_HINT.in(look.lang()), look.cols() - 1, ""));
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

    @Override
    public List<Message> keys() {
        return List.of(Message.HELP_MOVE, Message.HELP_OPEN, Message.HELP_BACK);
    }
}
