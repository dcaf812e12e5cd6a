package com.portdrill.text;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every way text from a file could command a terminal, and what it is shown as instead. */
class SanitizeTest {
    static Stream<Arguments> table() {
        return Stream.of(
                arguments("window title (OSC 0, BEL)", "a\u001b]0;pwned\u0007b", "a\u241b]0;pwned\u2407b"),
                arguments("window title (OSC 2, ST)", "\u001b]2;t\u001b\\", "\u241b]2;t\u241b\\"),
                arguments("clear screen (CSI 2J)", "\u001b[2Jx", "\u241b[2Jx"),
                arguments("colour (SGR)", "\u001b[31mred\u001b[0m", "\u241b[31mred\u241b[0m"),
                arguments("cursor home", "\u001b[H", "\u241b[H"),
                arguments("hyperlink (OSC 8)", "\u001b]8;;http://x\u001b\\l", "\u241b]8;;http://x\u241b\\l"),
                arguments("8-bit CSI (C1 0x9B)", "\u009b2J", "\uFFFD2J"),
                arguments("8-bit OSC (C1 0x9D)", "\u009d0;t\u009c", "\uFFFD0;t\uFFFD"),
                arguments("next line (C1 0x85)", "a\u0085b", "a\uFFFDb"),
                arguments("every C1 control", c1(), "\uFFFD".repeat(32)),
                arguments("NUL, BEL, backspace", "\u0000\u0007\b", "\u2400\u2407\u2408"),
                arguments("DEL", "a\u007fb", "a\u2421b"),
                arguments("carriage return overwrites the line", "safe\rEVIL", "safe EVIL"),
                arguments("line breaks and tabs", "a\nb\tc\r\nd", "a b c  d"),
                arguments("right-to-left override", "abc\u202Etxt.exe", "abctxt.exe"),
                arguments("every bidi embedding and override", "\u202A\u202B\u202C\u202D\u202Ex", "x"),
                arguments("every bidi isolate", "\u2066\u2067\u2068\u2069y", "y"),
                arguments("bidi marks", "\u200E\u200F\u061Cz", "z"),
                arguments("byte order mark", "\uFEFFok", "ok"),
                arguments("Chinese and full width kept", "域名系统 ＤＮＳ", "域名系统 ＤＮＳ"),
                arguments("emoji kept", "\uD83D\uDE00", "\uD83D\uDE00"),
                arguments("null is empty", null, ""));
    }

    private static String c1() {
        StringBuilder b = new StringBuilder();
        for (char c = 0x80; c < 0xA0; c++) {
            b.append(c);
        }
        return b.toString();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void rendersEachControlInert(String what, String raw, String shown) {
        assertThat(Sanitize.forTerminal(raw)).isEqualTo(shown);
    }

    @Property(tries = 1000, seed = "42")
    void nothingThatCommandsATerminalSurvives(@ForAll String raw) {
        String shown = Sanitize.forTerminal(raw);
        assertThat(shown.codePoints()).noneMatch(SanitizeTest::commandsATerminal);
        assertThat(Sanitize.forTerminal(shown)).isEqualTo(shown);
    }

    private static boolean commandsATerminal(int cp) {
        return cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }
}
