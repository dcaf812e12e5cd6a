package com.portdrill.tui.term;

import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Our parse of terminfo descriptions gives exactly what JLine's own parse gives, on every input we can find. */
class TermCapabilitiesTest {
    /** The descriptions JLine bundles (InfoCmp's own list). */
    private static final String[] BUNDLED = {"dumb", "dumb-color", "ansi", "xterm", "xterm-256color", "windows",
            "windows-256color", "windows-conemu", "windows-vtp", "screen", "screen-256color", "rxvt-unicode",
            "rxvt-unicode-256color", "rxvt-basic", "rxvt"};

    @Test
    void knowsEveryNameJLineKnows() {
        assertThat(TermCapabilities.namesOf()).isEqualTo(InfoCmp.getCapabilitiesByName()).hasSizeGreaterThan(900);
    }

    @Test
    void parsesEveryBundledDescriptionAsJLineDoes() {
        for (String name : BUNDLED) {
            String description = InfoCmp.getDefaultInfoCmp(name);
            assertThat(description).as(name).isNotBlank();
            assertThat(TermCapabilities.parse(description)).as(name).isEqualTo(jline(description));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xterm-256color", "xterm", "screen-256color", "tmux-256color", "linux", "vt100",
            "vt220", "rxvt-unicode-256color", "xterm-vt220", "cygwin", "sun", "ansi", "dumb"})
    void parsesTheSystemsTerminfoAsJLineDoes(String type) throws Exception {
        String description = infocmp(type);
        assumeTrue(description != null, "infocmp knows no " + type + " here");
        assertThat(TermCapabilities.parse(description)).isEqualTo(jline(description));
    }

    @Test
    void readsWhatTheFullScreenUsesFromXterm256color() {
        TermCapabilities caps = TermCapabilities.parse(InfoCmp.getDefaultInfoCmp("xterm-256color"));
        assertThat(caps.flags()).contains(Capability.auto_right_margin, Capability.eat_newline_glitch);
        assertThat(caps.numbers()).containsEntry(Capability.max_colors, 256).containsEntry(Capability.columns, 80);
        assertThat(caps.strings()).containsEntry(Capability.enter_ca_mode, "\\E[?1049h")
                .containsKeys(Capability.cursor_address, Capability.key_up, Capability.cursor_invisible);
    }

    @Test
    void followsJLineOnTheFormatsCorners() {
        String description = "# comment line, skipped\n"
                + "odd|odd terminal,\n"
                + "\tam, colors#0x100, it#010, lines#24, pairs#0,\n"
                + "\tacsc=a\\,b, cup=\\E[%i%p1%d;%p2%dH, flash=\\E[?5h$<100/>\\E[?5l,\n"
                + "  ,  bel=^G , unknown_cap, zz=1, \n"
                + "\tkcuu1=\\EOA,";
        TermCapabilities caps = TermCapabilities.parse(description);
        assertThat(caps).isEqualTo(jline(description));
        assertThat(caps.numbers()).containsEntry(Capability.max_colors, 256).containsEntry(Capability.init_tabs, 8);
        assertThat(caps.strings()).containsEntry(Capability.acs_chars, "a\\").containsKey(Capability.key_up);
    }

    @Test
    void refusesANumberThatIsNotOneAsJLineDoes() {
        String description = "x|x,\n\tcolors#many,\n";
        assertThatThrownBy(() -> jline(description)).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> TermCapabilities.parse(description)).isInstanceOf(NumberFormatException.class);
    }

    private static TermCapabilities jline(String description) {
        Set<Capability> flags = EnumSet.noneOf(Capability.class);
        Map<Capability, Integer> numbers = new EnumMap<>(Capability.class);
        Map<Capability, String> strings = new EnumMap<>(Capability.class);
        InfoCmp.parseInfoCmp(description, flags, numbers, strings);
        return new TermCapabilities(flags, numbers, strings);
    }

    /** {@code infocmp -x TYPE}'s text, or null where infocmp or the entry is missing. */
    private static String infocmp(String type) throws InterruptedException {
        try {
            Process p = new ProcessBuilder("infocmp", "-x", type).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && !text.isBlank() ? text : null;
        } catch (IOException e) {
            return null;
        }
    }
}
