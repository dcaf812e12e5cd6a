package com.portdrill.tui;

import com.portdrill.i18n.ScreenText;
import org.jline.utils.AttributedString;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Language and colour. A change applies at once and is kept by the driver; {@code notKeptReason} is why it
 * lasts only for this run (empty when it is saved).
 *
 * @param colourAllowed false under {@code --no-color} or {@code NO_COLOR}: colour stays off whatever is chosen
 */
public record SettingsScreen(Settings settings, int selected, boolean colourAllowed, String notKeptReason,
                             boolean changed) implements Screen {
    private static final int ROWS = 2;

    public SettingsScreen {
        Objects.requireNonNull(settings, "settings");
        selected = Math.floorMod(selected, ROWS);
        notKeptReason = notKeptReason == null ? "" : notKeptReason;
    }

    public static SettingsScreen of(Settings settings, boolean colourAllowed, String notKeptReason) {
        return new SettingsScreen(settings, 0, colourAllowed, notKeptReason, false);
    }

    @Override
    public Next update(Msg msg) {
        if (!(msg instanceof Msg.Press)) {
            return Next.stay(this);
        }
        Msg.Press p = (Msg.Press) msg;
        if (p.key() == Key.ESC || p.is("q")) {
            return Next.of(this, new Cmd.Back());
        }
        if (p.key() == Key.UP || p.is("k")) {
            return Next.stay(new SettingsScreen(settings, selected - 1, colourAllowed, notKeptReason, changed));
        }
        if (p.key() == Key.DOWN || p.key() == Key.TAB || p.is("j")) {
            return Next.stay(new SettingsScreen(settings, selected + 1, colourAllowed, notKeptReason, changed));
        }
        if (p.key() == Key.ENTER || p.is(" ") || p.key() == Key.LEFT || p.key() == Key.RIGHT) {
            Settings next = selected == 0 ? settings.withLang(settings.lang().other())
                    : settings.withColour(colourAllowed && !settings.colour());
            return Next.of(new SettingsScreen(next, selected, colourAllowed, notKeptReason, true), new Cmd.ApplySettings(next));
        }
        return Next.stay(this);
    }

    @Override
    public Frame view(Look look) {
        List<AttributedString> lines = new ArrayList<>();
        lines.add(Lines.line(look.theme(), Span.of(Role.TITLE, ScreenText.SETTINGS_TITLE.in(look.lang()))));
        lines.add(AttributedString.EMPTY);
        String lang = settings.lang() == com.portdrill.i18n.Lang.ZH ? "中文 (zh)" : "English (en)";
        String colour = (settings.colour() ? ScreenText.SETTINGS_ON : ScreenText.SETTINGS_OFF).in(look.lang());
        String[] rows = {ScreenText.SETTINGS_LANG.format(look.lang(), lang), ScreenText.SETTINGS_COLOR.format(look.lang(), colour)};
        for (int i = 0; i < rows.length; i++) {
            lines.add(Lines.line(look.theme(), Span.plain(i == selected ? "▸" : " "),
                    Span.of(i == selected ? Role.SELECTED : Role.PLAIN, " " + rows[i] + " ")));
        }
        lines.add(AttributedString.EMPTY);
        if (changed) {
            String kept = notKeptReason.isEmpty() ? ScreenText.SETTINGS_SAVED.in(look.lang())
                    : ScreenText.SETTINGS_MEMORY.format(look.lang(), notKeptReason);
            lines.addAll(Lines.paragraph(look.theme(), Role.WARN, kept, look.cols() - 1, ""));
        }
        lines.addAll(Lines.paragraph(look.theme(), Role.MUTED, ScreenText.SETTINGS_HINT.in(look.lang()), look.cols() - 1, ""));
        return Frame.of(lines);
    }

    @Override
    public List<ScreenText> keys() {
        return List.of(ScreenText.HELP_MOVE, ScreenText.HELP_BACK);
    }
}
