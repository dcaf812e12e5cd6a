package com.portdrill.i18n;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No interface text outside the catalogue: the screens, plain mode and the charts hold no English words in their
 * string literals, so every word a learner reads comes from {@link Message} in the language they chose. The terminal
 * driver ({@code tui/term}) is left out: its words are the reason in a one-line error on stderr, and errors are
 * written in English everywhere.
 */
class InterfaceTextTest {
    private static final Path MAIN = Paths.get("src/main/java/com/portdrill");
    private static final List<String> PACKAGES = List.of("tui", "plain", "chart");
    /** Two words of two letters or more in a row, as a sentence or a label has; identifiers and codes have one. */
    private static final Pattern WORDS = Pattern.compile("\\b[A-Za-z]{2,}[ ,;:]+[A-Za-z]{2,}\\b");
    /** Messages for programmers (a broken invariant), which no learner sees. */
    private static final Pattern FOR_PROGRAMMERS = Pattern.compile("(Exception|Error|requireNonNull)\\($");
    /** The languages' own names, written the same whatever the interface language (the Settings row). */
    private static final Set<String> NAMES = Set.of("English (en)", "中文 (zh)");

    @Test
    void theScreensPlainModeAndTheChartsTakeTheirWordsFromTheCatalogue() throws IOException {
        List<String> found = new ArrayList<>();
        for (String pkg : PACKAGES) {
            try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java"))
                        .filter(f -> !f.startsWith(MAIN.resolve("tui/term"))).sorted().toList()) {
                    for (String literal : literals(Files.readString(file, StandardCharsets.UTF_8))) {
                        if (WORDS.matcher(literal).find() && !NAMES.contains(literal)) {
                            found.add(MAIN.relativize(file) + ": \"" + literal + "\"");
                        }
                    }
                }
            }
        }
        assertThat(found).as("interface text outside i18n/Message").isEmpty();
    }

    @Test
    void theScanSeesLiteralsButNotCommentsNorProgrammersMessages() {
        String source = "/** \"Two words\" in a comment */ class A { // \"more words\"\n"
                + " String s = \"Time is up\"; char c = '\"'; String t = \"a \\\"quoted\\\" pair of words\";\n"
                + " void f() { throw new IllegalStateException(\"never shown here\"); } }";
        assertThat(literals(source)).containsExactly("Time is up", "a \\\"quoted\\\" pair of words");
        assertThat(literals(source).stream().filter(l -> WORDS.matcher(l).find())).hasSize(2);
    }

    /** The string literals of a Java source, less comments and the messages of exceptions and null checks. */
    static List<String> literals(String source) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = Math.max(source.indexOf('\n', i), i + 1);
                i = i == 0 ? source.length() : i;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else if (c == '\'') {
                i = skipQuoted(source, i, '\'');
            } else if (c == '"') {
                int end = skipQuoted(source, i, '"');
                String before = source.substring(0, i).stripTrailing();
                if (!FOR_PROGRAMMERS.matcher(before).find()) {
                    out.add(source.substring(i + 1, end - 1));
                }
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Just past the literal that opens at {@code start}, escapes included. */
    private static int skipQuoted(String source, int start, char quote) {
        int i = start + 1;
        while (i < source.length() && source.charAt(i) != quote) {
            i += source.charAt(i) == '\\' ? 2 : 1;
        }
        return Math.min(i + 1, source.length());
    }
}
