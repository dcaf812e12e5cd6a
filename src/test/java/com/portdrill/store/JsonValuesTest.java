package com.portdrill.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.StringWriter;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The deck reader's JSON, held to Jackson's: the same values from the same text, and refused where it refuses. */
class JsonValuesTest {
    /** Jackson as strict as a whole document must be: nothing after its one value. */
    private static final ObjectMapper JACKSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static Object read(String json) throws IOException {
        return JsonValues.read(json.getBytes(StandardCharsets.UTF_8), 12, 1000);
    }

    @Test
    @SuppressWarnings("unchecked")
    void objectsKeepFileOrderAndNumbersKeepTheirKind() throws IOException {
        Object v = read("{\"b\": 22, \"a\": [\"ssh\", 4294967296, 99999999999999999999, -2147483648, 1.5, 2e3, true,"
                + " false, null]}");
        assertThat(v).isInstanceOf(Map.class);
        Map<String, Object> m = (Map<String, Object>) v;
        assertThat(m.keySet()).containsExactly("b", "a");
        assertThat(m.get("b")).isEqualTo(22);
        assertThat((List<Object>) m.get("a")).containsExactly("ssh", 4_294_967_296L,
                new BigInteger("99999999999999999999"), Integer.MIN_VALUE, 1.5, 2000.0, Boolean.TRUE, Boolean.FALSE,
                JsonValues.NULL);
    }

    @Test
    void nullIsToldApartFromAnAbsentField() throws IOException {
        Map<?, ?> m = (Map<?, ?>) read("{\"noteEn\": null}");
        assertThat(m.get("noteEn")).isSameAs(JsonValues.NULL);
        assertThat(m.containsKey("noteZh")).isFalse();
    }

    @Test
    void escapesAndLettersBeyondAsciiReadAsWritten() throws IOException {
        assertThat(read("\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\ud83d\\ude00 端口 é\""))
                .isEqualTo("a\"b\\c/d\b\f\n\r\té\ud83d\ude00 端口 é");
        assertThat(read("\uFEFF {\"a\": []}")).isEqualTo(Map.of("a", List.of()));
    }

    /** Each is not JSON, and Jackson says so too: the reader is no more lenient than the writer's library. */
    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "{\"a\": 1,}", "[1,]", "[,1]", "01", "-01", "1.", ".5", "-", "1e", "1e+",
            "+1", "\"a\u0001\"", "\"tab\there\"", "'a'", "{a: 1}", "tru", "nul", "True", "[1 2]", "{\"a\" 1}",
            "{\"a\": 1 \"b\": 2}", "\"\\x\"", "\"\\u12g4\"", "\"\\u12\"", "1 2", "NaN", "Infinity", "// c\n1",
            "/* c */ 1", "[", "{", "{\"a\"", "{\"a\":", "\"abc", "[1]]", "{} x", "{1: 2}"})
    void whatIsNotJsonIsRefused(String text) {
        assertThatThrownBy(() -> JACKSON.readTree(text.isBlank() ? "x" : text)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> read(text)).isInstanceOf(IOException.class).hasMessageContaining("at line ");
    }

    @Test
    void anErrorSaysOnWhichLineAndColumn() {
        assertThatThrownBy(() -> read("{\n  \"a\": 1,\n  \"b\": tru\n}")).hasMessage("unexpected 't' at line 3, column 8");
        assertThatThrownBy(() -> read("[1,\n]")).hasMessage("unexpected ']' at line 2, column 1");
    }

    @Test
    void limitsOfDepthLengthAndEncodingHold() {
        assertThatThrownBy(() -> JsonValues.read("[[[1]]]".getBytes(StandardCharsets.UTF_8), 2, 10))
                .hasMessageContaining("nesting depth over 2");
        assertThat(catching(() -> JsonValues.read("[[1]]".getBytes(StandardCharsets.UTF_8), 2, 10))).isNull();
        assertThatThrownBy(() -> JsonValues.read("\"0123456789a\"".getBytes(StandardCharsets.UTF_8), 2, 10))
                .hasMessageContaining("longer than 10");
        assertThatThrownBy(() -> JsonValues.read(new byte[]{'"', (byte) 0xC3, '"'}, 2, 10))
                .hasMessage("a string is not UTF-8 text at line 1, column 2");
        assertThat(catching(() -> JsonValues.read("\"\uFFFD\"".getBytes(StandardCharsets.UTF_8), 2, 10))).isNull();
    }

    /** Seeded documents of every kind of value, as Jackson writes them, read back as Jackson reads them. */
    @Test
    void readsWhatJacksonWritesAsJacksonReadsIt() throws IOException {
        SplittableRandom random = new SplittableRandom(13);
        for (int i = 0; i < 300; i++) {
            StringWriter text = new StringWriter();
            try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
                if (i % 2 == 0) {
                    g.useDefaultPrettyPrinter();
                }
                write(g, random, 0);
            }
            assertThat(read(text.toString())).as(text.toString()).isEqualTo(plain(JACKSON.readTree(text.toString())));
        }
    }

    /**
     * Seeded damage to a valid document (a byte changed to one JSON cares about, dropped or doubled): each result is
     * refused by both readers or read by both to the same values.
     */
    @Test
    void damagedDocumentsAreRefusedExactlyWhenJacksonRefusesThem() throws IOException {
        byte[] significant = "{}[]:,\"\\ \n\t0123456789-+.eEtrufalsn\u0001x".getBytes(StandardCharsets.UTF_8);
        SplittableRandom random = new SplittableRandom(29);
        int refused = 0;
        for (int i = 0; i < 3000; i++) {
            StringWriter text = new StringWriter();
            try (JsonGenerator g = new JsonFactory().createGenerator(text)) {
                write(g, random, 1);
            }
            byte[] valid = text.toString().getBytes(StandardCharsets.UTF_8);
            int at = random.nextInt(valid.length);
            byte[] damaged = switch (random.nextInt(3)) {
                case 0 -> {
                    byte[] b = valid.clone();
                    b[at] = significant[random.nextInt(significant.length)];
                    yield b;
                }
                case 1 -> concat(java.util.Arrays.copyOfRange(valid, 0, at),
                        java.util.Arrays.copyOfRange(valid, at + 1, valid.length));
                default -> concat(java.util.Arrays.copyOfRange(valid, 0, at + 1),
                        java.util.Arrays.copyOfRange(valid, at, valid.length));
            };
            String shown = new String(damaged, StandardCharsets.UTF_8);
            Object jackson;
            try {
                // Jackson reads a document of white space alone as a missing value, not as an error.
                jackson = shown.isBlank() ? new IOException("no value") : plain(JACKSON.readTree(damaged));
            } catch (IOException e) {
                jackson = e;
            }
            IOException ours = catching(() -> JsonValues.read(damaged, 1000, 1_000_000));
            if (jackson instanceof IOException) {
                assertThat(ours).as("refused by Jackson: %s", shown).isNotNull();
                refused++;
            } else {
                assertThat(ours).as("read by Jackson: %s", shown).isNull();
                assertThat(JsonValues.read(damaged, 1000, 1_000_000)).as(shown).isEqualTo(jackson);
            }
        }
        assertThat(refused).as("damage that breaks the document").isBetween(300, 2700);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void everyBuiltDeckReadsAsJacksonReadsIt() throws IOException {
        try (Stream<Path> decks = Files.list(Path.of("decks"))) {
            List<Path> files = decks.filter(p -> p.toString().endsWith(".json")).toList();
            assertThat(files).isNotEmpty();
            for (Path deck : files) {
                byte[] bytes = Files.readAllBytes(deck);
                assertThat(JsonValues.read(bytes, DeckJson.MAX_DEPTH, 64 * 1024)).as(deck.toString())
                        .isEqualTo(plain(JACKSON.readTree(bytes)));
            }
        }
    }

    private static void write(JsonGenerator g, SplittableRandom random, int depth) throws IOException {
        int kind = random.nextInt(depth > 3 ? 6 : 8);
        switch (kind) {
            case 0 -> g.writeString(text(random));
            case 1 -> g.writeNumber(random.nextInt());
            case 2 -> g.writeNumber(random.nextLong());
            case 3 -> g.writeNumber(random.nextDouble() * Math.pow(10, random.nextInt(-8, 9)));
            case 4 -> g.writeBoolean(random.nextBoolean());
            case 5 -> g.writeNull();
            case 6 -> {
                g.writeStartArray();
                for (int n = random.nextInt(4); n > 0; n--) {
                    write(g, random, depth + 1);
                }
                g.writeEndArray();
            }
            default -> {
                g.writeStartObject();
                for (int n = random.nextInt(4); n > 0; n--) {
                    g.writeFieldName(text(random));
                    write(g, random, depth + 1);
                }
                g.writeEndObject();
            }
        }
    }

    /** Letters, quotes, backslashes, control characters, Chinese and a character beyond the BMP. */
    private static String text(SplittableRandom random) {
        String[] pieces = {"ssh", "\"", "\\", "/", "\n", "\u0001", "\u001f", "端口", "é", "\ud83d\ude00", " ", "22"};
        StringBuilder s = new StringBuilder();
        for (int n = random.nextInt(5); n > 0; n--) {
            s.append(pieces[random.nextInt(pieces.length)]);
        }
        return s.toString();
    }

    /** Jackson's tree as the plain values {@link JsonValues} documents. */
    private static Object plain(JsonNode n) {
        if (n.isObject()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                object.put(e.getKey(), plain(e.getValue()));
            }
            return object;
        }
        if (n.isArray()) {
            List<Object> array = new ArrayList<>();
            n.forEach(e -> array.add(plain(e)));
            return array;
        }
        if (n.isTextual()) {
            return n.textValue();
        }
        if (n.isInt()) {
            return n.intValue();
        }
        if (n.isLong()) {
            return n.longValue();
        }
        if (n.isBigInteger()) {
            return n.bigIntegerValue();
        }
        if (n.isNumber()) {
            return n.doubleValue();
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        return JsonValues.NULL;
    }

    private interface Reading {
        Object read() throws IOException;
    }

    private static IOException catching(Reading r) {
        try {
            r.read();
            return null;
        } catch (IOException e) {
            return e;
        }
    }
}
