package com.portdrill.tui;

import com.portdrill.deck.Direction;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Message;
import com.portdrill.session.AnswerMode;
import org.jline.utils.AttributedString;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Language, colour, and what the menu's sessions use: deck, answer mode, quiz length, desired retention. A change applies at once
 * and is kept by the driver; {@code notKeptReason} is why it lasts only for this run (empty when it is saved).
 *
 * @param colourAllowed false under {@code --no-color} or {@code NO_COLOR}: colour stays off whatever is chosen
 * @param decks         the decks there are to choose from, in the order offered
 */
public record SettingsScreen(Settings settings, int selected, boolean colourAllowed, String notKeptReason,
                             boolean changed, List<DeckChoice> decks) implements Screen {
    /** The rows, top to bottom. */
    private enum Row { LANGUAGE, COLOUR, DECK, MODE, QUIZ, KIND, NEW_PER_DAY, DRILL_DECK, RETENTION }

    public SettingsScreen {
        Objects.requireNonNull(settings, "settings");
        selected = Math.floorMod(selected, Row.values().length);
        notKeptReason = notKeptReason == null ? "" : notKeptReason;
        decks = List.copyOf(decks);
    }

    public static SettingsScreen of(Settings settings, boolean colourAllowed, String notKeptReason,
                                    List<DeckChoice> decks) {
        return new SettingsScreen(settings, 0, colourAllowed, notKeptReason, false, decks);
    }

    private static final KeyTable<SettingsScreen> KEYS = KeyTable.<SettingsScreen>empty()
            .bind(Message.HELP_BACK, (s, p) -> Next.of(s, new Cmd.Back()), KeyTable.Chord.of(Key.ESC), KeyTable.Chord.of("q"))
            .bind(Message.HELP_MOVE, (s, p) -> Next.stay(s.select(s.selected - 1)),
                    KeyTable.Chord.of(Key.UP), KeyTable.Chord.of("k"))
            .bind(Message.HELP_MOVE, (s, p) -> Next.stay(s.select(s.selected + 1)),
                    KeyTable.Chord.of(Key.DOWN), KeyTable.Chord.of(Key.TAB), KeyTable.Chord.of("j"))
            .bind(Message.HELP_CHANGE, (s, p) -> s.change(1), KeyTable.Chord.of(Key.ENTER), KeyTable.Chord.of(" "),
                    KeyTable.Chord.of(Key.RIGHT), KeyTable.Chord.of("l"))
            .bind(Message.HELP_CHANGE, (s, p) -> s.change(-1), KeyTable.Chord.of(Key.LEFT), KeyTable.Chord.of("h"))
            .hint(Message.SETTINGS_HINT, KeyTable.Chord.of(Key.UP), KeyTable.Chord.of(Key.DOWN),
                    KeyTable.Chord.of(Key.ENTER), KeyTable.Chord.of(" "), KeyTable.Chord.of(Key.LEFT),
                    KeyTable.Chord.of(Key.RIGHT), KeyTable.Chord.of(Key.ESC));

    @Override
    public Next update(Msg msg) {
        return msg instanceof Msg.Press p ? KEYS.handle(this, p) : Next.stay(this);
    }

    private SettingsScreen select(int row) {
        return new SettingsScreen(settings, row, colourAllowed, notKeptReason, changed, decks);
    }

    /** The selected row's value, one step forward ({@code step} 1) or back (-1). */
    private Next change(int step) {
        Choices c = settings.choices();
        Settings next = switch (Row.values()[selected]) {
            case LANGUAGE -> settings.withLang(settings.lang().other());
            case COLOUR -> settings.withColour(colourAllowed && !settings.colour());
            case DECK -> settings.withChoices(c.withDeck(nextDeck(c.deck(), step)));
            case MODE -> settings.withChoices(c.withMode(
                    AnswerMode.values()[Math.floorMod(c.mode().ordinal() + step, AnswerMode.values().length)]));
            case QUIZ -> settings.withChoices(c.withQuizSeconds(nextLength(c.quizSeconds(), step)));
            case KIND -> settings.withChoices(c.withKind(nextKind(c.kind(), step)));
            case NEW_PER_DAY -> settings.withChoices(c.withNewPerDay(nextOf(Choices.NEW_PER_DAY, c.newPerDay(), step)));
            case DRILL_DECK -> settings.withChoices(c.withDrillDeck(nextDeck(c.drillDeck(), step)));
            case RETENTION -> settings.withChoices(c.stepRetention(step));
        };
        if (next.equals(settings)) {
            return Next.stay(this);
        }
        return Next.of(new SettingsScreen(next, selected, colourAllowed, notKeptReason, true, decks),
                new Cmd.ApplySettings(next));
    }

    private String nextDeck(String current, int step) {
        if (decks.isEmpty()) {
            return current;
        }
        int at = -1;
        for (int i = 0; i < decks.size(); i++) {
            if (decks.get(i).name().equals(current)) {
                at = i;
            }
        }
        int next = at < 0 ? (step > 0 ? 0 : decks.size() - 1) : Math.floorMod(at + step, decks.size());
        return decks.get(next).name();
    }

    /** Every kind mixed, then each kind in turn, wrapping round. */
    private static Optional<Direction> nextKind(Optional<Direction> current, int step) {
        int kinds = Direction.values().length + 1;
        int at = current.map(d -> d.ordinal() + 1).orElse(0);
        int next = Math.floorMod(at + step, kinds);
        return next == 0 ? Optional.empty() : Optional.of(Direction.values()[next - 1]);
    }

    /** A kind as the settings screen and the menu name it. */
    static String kindLabel(Optional<Direction> kind, Lang lang) {
        return kind.map(d -> Message.kind(d.code())).orElse(Message.STATS_KIND_ALL).in(lang);
    }

    /** The next of the offered lengths after (or before) {@code current}, wrapping round. */
    private static int nextLength(int current, int step) {
        return nextOf(Choices.QUIZ_LENGTHS, current, step);
    }

    /** The next of the offered values after (or before) {@code current}, wrapping round. */
    private static int nextOf(List<Integer> lengths, int current, int step) {
        if (step > 0) {
            return lengths.stream().filter(s -> s > current).findFirst().orElse(lengths.get(0));
        }
        return lengths.stream().filter(s -> s < current).reduce((a, b) -> b).orElse(lengths.get(lengths.size() - 1));
    }

    @Override
    public Frame view(Look look) {
        Lang lang = look.lang();
        Choices c = settings.choices();
        List<AttributedString> lines = new ArrayList<>();
        lines.add(Lines.line(look.theme(), Span.of(Role.TITLE, Message.SETTINGS_TITLE.in(lang))));
        lines.add(AttributedString.EMPTY);
        String[] rows = {
                Message.SETTINGS_LANG.in(lang, settings.lang() == Lang.ZH ? "中文 (zh)" : "English (en)"),
                Message.SETTINGS_COLOR.in(lang, (!colourAllowed ? Message.SETTINGS_COLOUR_REFUSED
                        : settings.colour() ? Message.SETTINGS_ON : Message.SETTINGS_OFF).in(lang)),
                Message.SETTINGS_DECK.in(lang, deckLabel(c.deck(), lang)),
                Message.SETTINGS_MODE.in(lang, modeLabel(c, lang)),
                Message.SETTINGS_QUIZ.in(lang, c.quizSeconds()),
                Message.SETTINGS_KIND.in(lang, kindLabel(c.kind(), lang)),
                Message.SETTINGS_NEW_PER_DAY.in(lang, c.newPerDay()),
                Message.SETTINGS_DRILL_DECK.in(lang, deckLabel(c.drillDeck(), lang)),
                Message.SETTINGS_RETENTION.in(lang, String.format(java.util.Locale.ROOT, "%.2f", c.retention()))};
        for (int i = 0; i < rows.length; i++) {
            lines.add(Lines.line(look.theme(), Span.plain(i == selected ? "▸" : " "),
                    Span.of(i == selected ? Role.SELECTED : Role.PLAIN, " " + rows[i] + " ")));
        }
        lines.add(AttributedString.EMPTY);
        if (changed) {
            String kept = notKeptReason.isEmpty() ? Message.SETTINGS_SAVED.in(lang)
                    : Message.SETTINGS_MEMORY.in(lang, notKeptReason);
            lines.addAll(Lines.paragraph(look.theme(), Role.WARN, kept, look.cols() - 1, ""));
        }
        KEYS.hint(this).ifPresent(h -> lines.addAll(Lines.paragraph(look.theme(), Role.MUTED, h.in(lang), look.cols() - 1, "")));
        return Frame.of(lines);
    }

    private String deckLabel(String name, Lang lang) {
        for (DeckChoice d : decks) {
            if (d.name().equals(name)) {
                String title = d.title(lang);
                return title.equals(name) ? name : name + " — " + title;
            }
        }
        return name;
    }

    /** The answer mode as the settings screen and the menu show it, saying so when the quiz answers otherwise. */
    static String modeLabel(Choices c, Lang lang) {
        String name = modeName(c.mode()).in(lang);
        return c.quizMode() == c.mode() ? name
                : name + " " + Message.SETTINGS_MODE_IN_QUIZ.in(lang, modeName(c.quizMode()).in(lang));
    }

    /** The short name of an answer mode. */
    static Message modeName(AnswerMode mode) {
        return switch (mode) {
            case TYPED -> Message.SETTINGS_MODE_TYPED;
            case CHOICE -> Message.SETTINGS_MODE_CHOICE;
            case FLIP -> Message.SETTINGS_MODE_FLIP;
        };
    }

    KeyTable<SettingsScreen> table() {
        return KEYS;
    }

    @Override
    public List<Message> keys() {
        return KEYS.help();
    }
}
