package com.portdrill.catalogue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parser takes any text: the real documents cut, spliced, shuffled and salted with hostile characters never
 * make it fail, and every line it does not read as part of an entry is reported with its line number.
 */
class DocumentParserPropertiesTest {
    private static final String EN = Documents.en();
    private static final String ZH = Documents.zh();

    /** A mangled document and the language whose labels it is parsed with. */
    record Mangled(Document document, String text) {
    }

    @Property(tries = 200, seed = "20261124")
    void anyTextParsesAndEverySkippedLineIsReported(@ForAll("mangled") Mangled m) {
        ParsedDocument parsed = DocumentParser.parse(m.document(), m.text());

        Set<Integer> seen = new HashSet<>();
        for (Entry e : parsed.entries()) {
            assertThat(e.ports()).isNotEmpty().allMatch(p -> p >= 0 && p <= 65535);
            e.ports().forEach(p -> assertThat(seen.add(p)).as("port %d twice", p).isTrue());
        }
        Labels labels = Labels.of(m.document());
        Pattern portLine = labels.portLine();
        Pattern serviceLine = labels.serviceLine();
        Pattern descriptionLine = labels.descriptionLine();
        List<String> lines = m.text().lines().toList();
        Set<Integer> entryLines = parsed.entries().stream().map(Entry::line).collect(Collectors.toSet());
        Set<Integer> reported = parsed.diagnostics().stream().map(Diagnostic::line).collect(Collectors.toSet());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int number = i + 1;
            boolean port = portLine.matcher(line).matches();
            boolean label = port || serviceLine.matcher(line).matches() || descriptionLine.matcher(line).matches();
            boolean startsABlock = i == 0 || lines.get(i - 1).isBlank();
            if (port) {
                assertThat(entryLines.contains(number) || reported.contains(number))
                        .as("port line %d \"%s\" is neither an entry nor reported", number, line).isTrue();
            } else if (!line.isBlank() && !label && startsABlock) {
                assertThat(reported).as("line %d \"%s\" was skipped unreported", number, line).contains(number);
            }
        }
        parsed.diagnostics().forEach(d -> assertThat(d.describe()).isNotNull());
    }

    /** Regression: a glued-entry pattern with lazy groups between optional spaces took minutes on such a line. */
    @Test
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void longRunsOfSpacesInsideEntriesAreReadWithoutBacktrackingForMinutes() {
        String spaces = " ".repeat(20_000);
        String text = "Port: 1\nService: x\nDescription: a Port: 2 Service: " + spaces + "y\n\n"
                + "Port: 3" + spaces + "4\nService: z\n";
        ParsedDocument parsed = DocumentParser.parse(Document.EN, text);
        assertThat(parsed.entries()).extracting(Entry::ports).containsExactly(List.of(1));
        assertThat(parsed.diagnostics()).anyMatch(d -> d.kind() == Diagnostic.Kind.MALFORMED_PORTS && d.line() == 5);
    }

    @Provide
    Arbitrary<Mangled> mangled() {
        Arbitrary<Document> doc = Arbitraries.of(Document.values());
        return Arbitraries.longs().flatMap(seed -> doc.flatMap(d -> Arbitraries.of(Mutation.values()).list().ofMinSize(1)
                .ofMaxSize(4).map(mutations -> {
                    Random random = new Random(seed);
                    String text = d == Document.EN ? EN : ZH;
                    for (Mutation mutation : mutations) {
                        text = mutation.apply(text, random);
                    }
                    return new Mangled(d, text);
                })));
    }

    /** The ways a document gets mangled: cut, spliced, shuffled, duplicated, or salted with hostile characters. */
    enum Mutation {
        TRUNCATE {
            @Override
            String apply(String text, Random r) {
                return text.substring(0, r.nextInt(text.length() + 1));
            }
        },
        SPLICE {
            @Override
            String apply(String text, Random r) {
                String other = r.nextBoolean() ? EN : ZH;
                int from = r.nextInt(other.length());
                int to = Math.min(other.length(), from + r.nextInt(2000));
                int at = r.nextInt(text.length() + 1);
                return text.substring(0, at) + other.substring(from, to) + text.substring(at);
            }
        },
        SHUFFLE_LINES {
            @Override
            String apply(String text, Random r) {
                List<String> lines = new ArrayList<>(text.lines().toList());
                Collections.shuffle(lines, r);
                return String.join("\n", lines);
            }
        },
        DUPLICATE_LINES {
            @Override
            String apply(String text, Random r) {
                List<String> lines = new ArrayList<>(text.lines().toList());
                for (int k = 0; k < 20 && !lines.isEmpty(); k++) {
                    int i = r.nextInt(lines.size());
                    lines.add(r.nextInt(lines.size() + 1), lines.get(i));
                }
                return String.join(r.nextBoolean() ? "\n" : "\r\n", lines);
            }
        },
        HOSTILE_CHARACTERS {
            private static final String HOSTILE = "\u0000\u0007\u001b[2J\u001b]0;t\u0007\u0085\u009b\u202e\u2066\u2028\u2029"
                    + "\r\uFEFF\uD800\uDFFF\uD83D\uDE00\uFF1A:\uFF0C\u3001,Port:端口：Service:Description:  \t\u3000[NULL]65536 99999999";

            @Override
            String apply(String text, Random r) {
                StringBuilder b = new StringBuilder(text);
                for (int k = 0; k < 40; k++) {
                    int at = r.nextInt(b.length() + 1);
                    int from = r.nextInt(HOSTILE.length());
                    b.insert(at, HOSTILE, from, Math.min(HOSTILE.length(), from + 1 + r.nextInt(12)));
                }
                return b.toString();
            }
        },
        RANDOM_UNICODE {
            @Override
            String apply(String text, Random r) {
                StringBuilder b = new StringBuilder(text);
                for (int k = 0; k < 60; k++) {
                    b.insert(r.nextInt(b.length() + 1), (char) r.nextInt(Character.MAX_VALUE + 1));
                }
                return b.toString();
            }
        },
        LONG_SPACES {
            @Override
            String apply(String text, Random r) {
                int at = r.nextInt(text.length() + 1);
                return text.substring(0, at) + " ".repeat(r.nextInt(5000)) + text.substring(at);
            }
        };

        abstract String apply(String text, Random r);
    }
}
