package com.portdrill.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.portdrill.srs.CardState;
import com.portdrill.srs.State;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Card states as of the journal's first {@code reviews} lines, made by the fold named {@code fold}: a cache
 * that saves replaying the whole journal. {@code lastCrc} is the checksum of the last of those lines, so a
 * snapshot that no longer matches the journal is noticed and rebuilt.
 */
record Snapshot(String fold, int reviews, int lastCrc, Map<String, CardState> cards) {
    static final int SCHEMA = 1;
    static final String FILE = "snapshot.json";

    Snapshot {
        cards = Map.copyOf(cards);
    }

    /** The snapshot could not be read: the file is damaged. */
    static final class Damaged extends Exception {
        Damaged(String reason) {
            super(reason, null, false, false);
        }
    }

    byte[] encode() {
        ByteArrayBuilder out = new ByteArrayBuilder(64 + cards.size() * 200);
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("schema", SCHEMA);
            g.writeStringField("fold", fold);
            g.writeNumberField("reviews", reviews);
            g.writeNumberField("lastCrc", Integer.toUnsignedLong(lastCrc));
            g.writeObjectFieldStart("cards");
            for (Map.Entry<String, CardState> e : cards.entrySet()) {
                g.writeFieldName(e.getKey());
                writeState(g, e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
        out.write('\n');
        return out.toByteArray();
    }

    private static void writeState(JsonGenerator g, CardState s) throws IOException {
        g.writeStartObject();
        g.writeStringField("due", s.due().toString());
        g.writeNumberField("stability", s.stability());
        g.writeNumberField("difficulty", s.difficulty());
        g.writeNumberField("elapsedDays", s.elapsedDays());
        g.writeNumberField("scheduledDays", s.scheduledDays());
        g.writeNumberField("learningSteps", s.learningSteps());
        g.writeNumberField("reps", s.reps());
        g.writeNumberField("lapses", s.lapses());
        g.writeNumberField("state", s.state().value());
        g.writeStringField("lastReview", s.lastReview() == null ? null : s.lastReview().toString());
        g.writeEndObject();
    }

    /**
     * @throws StoreException when a newer portdrill wrote it (it is then left alone)
     * @throws Damaged        when it is not a snapshot this version wrote
     */
    static Snapshot decode(byte[] b, String shownName) throws Damaged {
        JsonFactory json = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(8).build()).build();
        try (JsonParser p = json.createParser(b)) {
            expect(p.nextToken() == JsonToken.START_OBJECT, "not a JSON object");
            expect("schema".equals(p.nextFieldName()), "no schema version first");
            expect(p.nextToken() == JsonToken.VALUE_NUMBER_INT, "schema version is not a number");
            int schema = p.getIntValue();
            if (schema > SCHEMA) {
                throw new StoreException(shownName + " was written by a newer portdrill (schema " + schema
                        + "; this one reads " + SCHEMA + "): update portdrill; nothing was changed");
            }
            expect(schema == SCHEMA, "unknown schema version " + schema);
            String fold = null;
            long reviews = -1;
            long lastCrc = -1;
            Map<String, CardState> cards = null;
            String field;
            while ((field = p.nextFieldName()) != null) {
                JsonToken t = p.nextToken();
                switch (field) {
                    case "fold" -> fold = t == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "reviews" -> reviews = t == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : -1;
                    case "lastCrc" -> lastCrc = t == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : -1;
                    case "cards" -> cards = readCards(p, t);
                    default -> p.skipChildren();
                }
            }
            expect(p.nextToken() == null, "content after the end");
            expect(fold != null && cards != null, "fold or cards missing");
            expect(reviews >= 0 && reviews <= Integer.MAX_VALUE, "bad review count");
            expect(lastCrc >= 0 && lastCrc <= 0xFFFFFFFFL, "bad checksum");
            return new Snapshot(fold, (int) reviews, (int) lastCrc, cards);
        } catch (IOException | RuntimeException e) {
            if (e instanceof StoreException se) {
                throw se;
            }
            throw new Damaged(e instanceof com.fasterxml.jackson.core.JsonProcessingException ? "not valid JSON"
                    : "a value is not of the form portdrill writes");
        }
    }

    private static Map<String, CardState> readCards(JsonParser p, JsonToken t) throws IOException, Damaged {
        expect(t == JsonToken.START_OBJECT, "cards is not an object");
        Map<String, CardState> cards = new HashMap<>();
        String id;
        while ((id = p.nextFieldName()) != null) {
            expect(p.nextToken() == JsonToken.START_OBJECT, "a card is not an object");
            cards.put(id, readState(p));
        }
        return cards;
    }

    private static CardState readState(JsonParser p) throws IOException, Damaged {
        Instant due = null;
        Instant last = null;
        double stability = Double.NaN;
        double difficulty = Double.NaN;
        long elapsed = -1;
        long scheduled = -1;
        int steps = -1;
        int reps = -1;
        int lapses = -1;
        State state = null;
        String field;
        while ((field = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            boolean number = t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT;
            switch (field) {
                case "due" -> due = t == JsonToken.VALUE_STRING ? Instant.parse(p.getText()) : null;
                case "stability" -> stability = number ? p.getDoubleValue() : Double.NaN;
                case "difficulty" -> difficulty = number ? p.getDoubleValue() : Double.NaN;
                case "elapsedDays" -> elapsed = t == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : -1;
                case "scheduledDays" -> scheduled = t == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : -1;
                case "learningSteps" -> steps = t == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -1;
                case "reps" -> reps = t == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -1;
                case "lapses" -> lapses = t == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -1;
                case "state" -> state = t == JsonToken.VALUE_NUMBER_INT ? State.ofValue(p.getIntValue()).orElse(null) : null;
                case "lastReview" -> last = t == JsonToken.VALUE_STRING ? Instant.parse(p.getText()) : null;
                default -> p.skipChildren();
            }
        }
        expect(due != null && state != null && !Double.isNaN(stability) && !Double.isNaN(difficulty)
                && elapsed >= 0 && scheduled >= 0 && steps >= 0 && reps >= 0 && lapses >= 0, "a card is incomplete");
        return new CardState(due, stability, difficulty, elapsed, scheduled, steps, reps, lapses, state, last);
    }

    private static void expect(boolean ok, String reason) throws Damaged {
        if (!ok) {
            throw new Damaged(reason);
        }
    }
}
