package com.portdrill.tui;

import com.portdrill.i18n.Message;
import com.portdrill.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static com.portdrill.tui.Fixtures.key;
import static com.portdrill.tui.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

class TextScreenTest {
    /** Records the width and language it is drawn for, as the statistics view would use them. */
    private static final TextScreen.Renderer NUMBERED = (width, lang) -> {
        List<String> lines = new ArrayList<>();
        lines.add((lang == Lang.ZH ? "统计 " : "Statistics ") + width);
        IntStream.range(1, 40).forEach(i -> lines.add("line " + i));
        return lines;
    };

    @Test
    void linesAreDrawnForTheWindowsWidthAndLanguage() {
        TextScreen s = TextScreen.of(NUMBERED);
        assertThat(text(s.view(Fixtures.look(Lang.EN, true, 80, 24)))).startsWith("Statistics 79");
        assertThat(text(s.view(Fixtures.look(Lang.ZH, true, 60, 18)))).startsWith("统计 59");
    }

    @Test
    void arrowsScrollAndEscGoesBack() {
        TextScreen s = TextScreen.of(NUMBERED);
        Screen down = s.update(key(Key.DOWN)).screen().update(key(Key.DOWN)).screen();
        assertThat(text(down.view(Fixtures.look()))).startsWith("line 2");
        assertThat(text(down.update(key(Key.UP)).screen().view(Fixtures.look()))).startsWith("line 1");
        assertThat(s.update(key(Key.ESC)).cmds()).containsExactly(new Cmd.Back());
    }

    @Test
    void nothingToShowSaysSo() {
        assertThat(text(TextScreen.of((w, l) -> List.of()).view(Fixtures.look()))).contains("No statistics to show yet.");
    }

    @Test
    void theStatisticsOfferFittingFsrsOnTheirLetter() {
        TextScreen s = TextScreen.of(NUMBERED).with(new TextScreen.Action("f", Destination.OPTIMIZE,
                com.portdrill.i18n.Message.STATS_FIT));
        assertThat(s.update(Fixtures.type("f")).cmds()).containsExactly(new Cmd.Open(Destination.OPTIMIZE));
        assertThat(text(s.view(Fixtures.look()))).contains("f: fit FSRS to your reviews · Esc: back");
        assertThat(s.update(key(Key.DOWN)).screen()).isInstanceOfSatisfying(TextScreen.class,
                down -> assertThat(down.action()).isEqualTo(s.action()));
        assertThat(TextScreen.of(NUMBERED).update(Fixtures.type("f")).cmds()).isEmpty();
    }
}
