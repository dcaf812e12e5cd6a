package com.portdrill.store;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.portdrill.catalogue.Document;
import com.portdrill.catalogue.Verdict;
import com.portdrill.deck.AnswerKind;
import com.portdrill.deck.Card;
import com.portdrill.deck.Deck;
import com.portdrill.deck.Direction;
import com.portdrill.deck.Explanation;
import com.portdrill.port.Port;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The deck file format: one JSON object per deck, fields always in the same order, two-space indent,
 * {@code \n} line ends and a trailing newline, so the same deck is always the same bytes. Reading is
 * strict: a missing or mistyped field is reported with where it is, never guessed.
 */
final class DeckJson {
    static final int SCHEMA = 1;
    static final int MAX_BYTES = 16 * 1024 * 1024;
    static final int MAX_DEPTH = 12;
    private static final int MAX_STRING = 64 * 1024;

    private DeckJson() {
    }

    static byte[] render(Deck deck) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
            g.setPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance()
                            .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(indenter).withArrayIndenter(indenter));
            g.writeStartObject();
            g.writeNumberField("schema", SCHEMA);
            g.writeStringField("name", deck.name());
            g.writeStringField("titleEn", deck.titleEn());
            g.writeStringField("titleZh", deck.titleZh());
            g.writeArrayFieldStart("cards");
            for (Card c : deck.cards()) {
                writeCard(g, c);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void writeCard(JsonGenerator g, Card c) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", c.id());
        g.writeStringField("direction", c.direction().code());
        g.writeStringField("promptEn", c.promptEn());
        g.writeStringField("promptZh", c.promptZh());
        g.writeStringField("answerKind", word(c.answerKind()));
        writeInts(g, "answerPorts", c.answerPorts());
        writeStrings(g, "acceptedAnswers", c.acceptedAnswers());
        writeStrings(g, "distractors", c.distractors());
        Explanation e = c.explanation();
        g.writeObjectFieldStart("explanation");
        writeInts(g, "ports", e.ports());
        g.writeStringField("service", e.service());
        g.writeStringField("descriptionEn", e.descriptionEn());
        g.writeStringField("descriptionZh", e.descriptionZh());
        List<String> sources = new ArrayList<>();
        for (Document d : Document.values()) {
            if (e.sources().contains(d)) {
                sources.add(d.code());
            }
        }
        writeStrings(g, "sources", sources);
        g.writeStringField("iana", e.iana());
        g.writeStringField("verdict", e.verdict().code());
        g.writeStringField("correctionEn", e.correctionEn());
        g.writeStringField("correctionZh", e.correctionZh());
        g.writeStringField("noteEn", e.noteEn());
        g.writeStringField("noteZh", e.noteZh());
        g.writeEndObject();
        g.writeEndObject();
    }

    /** How an answer kind is written: its name in lower case, {@code _} kept ({@code protocol_number}). */
    private static String word(AnswerKind k) {
        return k.name().toLowerCase(Locale.ROOT);
    }

    private static void writeInts(JsonGenerator g, String field, List<Integer> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (int v : values) {
            g.writeNumber(v);
        }
        g.writeEndArray();
    }

    private static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    /** Parses a deck file's bytes; {@code where} names the file in messages. */
    static Deck parse(byte[] bytes, String where) throws DeckFileException {
        Object root;
        try {
            root = JsonValues.read(bytes, MAX_DEPTH, MAX_STRING);
        } catch (IOException e) {
            throw new DeckFileException(where + " is not a readable deck (" + firstLine(e.getMessage())
                    + "); run 'portdrill decks build' to rebuild it");
        }
        if (!(root instanceof Map<?, ?> object)) {
            throw damaged(where, "it is not a JSON object");
        }
        Object schema = object.get("schema");
        if (!(schema instanceof Integer version)) {
            throw damaged(where, "it has no schema version");
        }
        if (version != SCHEMA) {
            throw new DeckFileException(where + " has deck schema version " + version + ", this portdrill reads "
                    + SCHEMA + "; run 'portdrill decks build' or use the portdrill that wrote it");
        }
        Reader r = new Reader(where);
        List<Card> cards = new ArrayList<>();
        List<?> list = r.array(root, "cards", "");
        for (int i = 0; i < list.size(); i++) {
            cards.add(r.card(list.get(i), "cards[" + i + "]"));
        }
        return new Deck(r.text(root, "name", ""), r.text(root, "titleEn", ""), r.text(root, "titleZh", ""), cards);
    }

    private static DeckFileException damaged(String where, String what) {
        return new DeckFileException(where + " is damaged: " + what + "; run 'portdrill decks build' to rebuild it");
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** Field access that reports the path of what is missing or mistyped. */
    private record Reader(String where) {
        Card card(Object n, String at) throws DeckFileException {
            object(n, at);
            Direction direction = direction(text(n, "direction", at), at);
            AnswerKind kind = answerKind(text(n, "answerKind", at), at);
            Card card = new Card(text(n, "id", at), direction, text(n, "promptEn", at), text(n, "promptZh", at), kind,
                    ints(n, "answerPorts", at), strings(n, "acceptedAnswers", at), strings(n, "distractors", at),
                    explanation(field(n, "explanation"), at, "explanation"));
            if (kind.answeredByPorts() ? card.answerPorts().isEmpty() : card.acceptedAnswers().isEmpty()) {
                throw damaged(where, at + " has no answer");
            }
            return card;
        }

        /** The explanation at {@code field} of {@code parent}; the path is made only for a message. */
        Explanation explanation(Object n, String parent, String field) throws DeckFileException {
            if (!(n instanceof Map)) {
                throw damaged(where, path(parent, field) + " is not an object");
            }
            String at = path(parent, field);
            Set<Document> sources = EnumSet.noneOf(Document.class);
            for (String code : strings(n, "sources", at)) {
                sources.add(document(code, at));
            }
            return new Explanation(ints(n, "ports", at), optional(n, "service", at), optional(n, "descriptionEn", at),
                    optional(n, "descriptionZh", at), sources, optional(n, "iana", at), verdict(text(n, "verdict", at), at),
                    optional(n, "correctionEn", at), optional(n, "correctionZh", at), optional(n, "noteEn", at),
                    optional(n, "noteZh", at));
        }

        void object(Object n, String at) throws DeckFileException {
            if (!(n instanceof Map)) {
                throw damaged(where, at + " is not an object");
            }
        }

        String text(Object n, String field, String at) throws DeckFileException {
            if (!(field(n, field) instanceof String v)) {
                throw damaged(where, path(at, field) + " is missing or not text");
            }
            return v;
        }

        String optional(Object n, String field, String at) throws DeckFileException {
            Object v = field(n, field);
            if (v == null || v == JsonValues.NULL) {
                return null;
            }
            if (!(v instanceof String text)) {
                throw damaged(where, path(at, field) + " is not text");
            }
            return text;
        }

        List<?> array(Object n, String field, String at) throws DeckFileException {
            if (!(field(n, field) instanceof List<?> v)) {
                throw damaged(where, path(at, field) + " is missing or not a list");
            }
            return v;
        }

        List<Integer> ints(Object n, String field, String at) throws DeckFileException {
            List<Integer> values = new ArrayList<>();
            for (Object v : array(n, field, at)) {
                if (!(v instanceof Integer port) || !Port.valid(port)) {
                    throw damaged(where, path(at, field) + " holds something that is not a port number");
                }
                values.add(port);
            }
            return values;
        }

        List<String> strings(Object n, String field, String at) throws DeckFileException {
            List<String> values = new ArrayList<>();
            for (Object v : array(n, field, at)) {
                if (!(v instanceof String text)) {
                    throw damaged(where, path(at, field) + " holds something that is not text");
                }
                values.add(text);
            }
            return values;
        }

        /** A field of an object already checked to be one. */
        private static Object field(Object object, String name) {
            return ((Map<?, ?>) object).get(name);
        }

        Direction direction(String code, String at) throws DeckFileException {
            return known(Direction.values(), Direction::code, code, at, "direction");
        }

        AnswerKind answerKind(String code, String at) throws DeckFileException {
            return known(AnswerKind.values(), DeckJson::word, code.toLowerCase(Locale.ROOT), at, "answerKind");
        }

        Verdict verdict(String code, String at) throws DeckFileException {
            return known(Verdict.values(), Verdict::code, code, at, "verdict");
        }

        Document document(String code, String at) throws DeckFileException {
            return known(Document.values(), Document::code, code, at, "sources");
        }

        /**
         * The constant that is written {@code code}; a word no constant is written as damages the deck. Paths are
         * joined only for a message: a deck has thousands of fields, read before the first question.
         */
        private <E> E known(E[] values, Function<E, String> wordOf, String code, String at, String field)
                throws DeckFileException {
            for (E e : values) {
                if (wordOf.apply(e).equals(code)) {
                    return e;
                }
            }
            throw damaged(where, path(at, field) + " '" + code + "' is unknown");
        }

        private static String path(String at, String field) {
            return at.isEmpty() ? field : at + "." + field;
        }
    }
}
