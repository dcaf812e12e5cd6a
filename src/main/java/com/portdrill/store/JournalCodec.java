package com.portdrill.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.portdrill.deck.Outcome;
import com.portdrill.journal.JournalLine;
import com.portdrill.journal.StudyMode;
import com.portdrill.srs.Rating;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.CRC32;

/**
 * One journal line per review:
 * <pre>{"v":1,"card":"…","at":EPOCH_MS,"rating":1-4,"outcome":"correct","answer":"…","ms":N,"mode":"study","crc":"8 hex"}</pre>
 * A correction of an earlier answer ({@link JournalLine.Kind}) says so before the checksum, {@code "corrects":"overrule"}
 * (or {@code regrade}, {@code undo}); its {@code at} and {@code answer} are those of the answer it corrects, so the
 * line names that answer. Lines without it are answers.
 * Schema 1 journals did not name re-grades: there a line at the very millisecond of its card's previous line was
 * one. Their lines are still read so ({@link JournalColumns#accept}); from schema 2 on, such a line is an answer.
 * The checksum is the CRC-32 of the line's bytes before {@code "crc"}, and is written last with a fixed width,
 * so a line is checked without re-encoding it and a torn or edited line is recognised.
 */
final class JournalCodec {
    /**
     * The last instant an answer may carry, 9999-12-31T23:59:59.999Z; with the first, 1970, it bounds the times the
     * scheduler adds intervals to, so that a line with a good checksum and an absurd time cannot overflow them.
     */
    private static final long LAST_MILLI = 253_402_300_799_999L;

    static final int SCHEMA = 2;
    /** The first schema whose lines name every correction, so that two answers may share a millisecond. */
    static final int CORRECTIONS_NAMED = 2;

    /** {@code "crc":"xxxxxxxx"}} — the fixed-width end of every line. */
    private static final byte[] CRC_FIELD = "\"crc\":\"".getBytes(StandardCharsets.US_ASCII);
    private static final int TAIL = CRC_FIELD.length + 8 + 2;
    private static final byte[] SCHEMA_PREFIX = "{\"v\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_LINE = 64 * 1024;

    private final JsonFactory json = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(4).maxStringLength(MAX_LINE).build())
            .build();
    private final CRC32 crc = new CRC32();
    private final ByteArrayBuilder out = new ByteArrayBuilder(256);

    /** The line for a review, newline included. Times are kept to the millisecond, as FSRS counts them. */
    Encoded encode(JournalLine r) {
        out.reset();
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeNumberField("v", SCHEMA);
            g.writeStringField("card", r.cardId());
            g.writeNumberField("at", r.at().toEpochMilli());
            g.writeNumberField("rating", r.rating().value());
            g.writeStringField("outcome", r.outcome().name().toLowerCase(java.util.Locale.ROOT));
            g.writeStringField("answer", r.answer());
            g.writeNumberField("ms", r.durationMs());
            g.writeStringField("mode", r.mode().code());
            if (r.isCorrection()) {
                g.writeStringField("corrects", r.kind().code());
            }
            g.writeStringField("crc", "00000000");
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
        out.write('\n');
        byte[] line = out.toByteArray();
        int body = line.length - 1 - TAIL;
        int sum = checksum(line, 0, body);
        writeHex(sum, line, body + CRC_FIELD.length);
        return new Encoded(line, sum);
    }

    /** A line ready to append, with its checksum (used to recognise the snapshot's last review). */
    record Encoded(byte[] bytes, int crc) {
    }

    /** The schema a line declares, or -1 when it does not start like a journal line. */
    static int declaredSchema(byte[] b, int off, int len) {
        if (len <= SCHEMA_PREFIX.length) {
            return -1;
        }
        for (int i = 0; i < SCHEMA_PREFIX.length; i++) {
            if (b[off + i] != SCHEMA_PREFIX[i]) {
                return -1;
            }
        }
        int v = 0;
        int i = off + SCHEMA_PREFIX.length;
        int end = off + len;
        int digits = 0;
        while (i < end && b[i] >= '0' && b[i] <= '9' && digits < 6) {
            v = v * 10 + (b[i] - '0');
            i++;
            digits++;
        }
        return digits == 0 || i >= end || b[i] != ',' ? -1 : v;
    }

    /**
     * Decodes one line (without its newline) into {@code into}, or says why it cannot be trusted.
     *
     * @return null when the line was decoded, else the reason it was rejected
     */
    String decode(byte[] b, int off, int len, Sink into) {
        if (len > MAX_LINE) {
            return "too long";
        }
        if (len < TAIL + 2 || b[off + len - 1] != '}' || b[off + len - 2] != '"' || !crcFieldAt(b, off + len - TAIL)) {
            return "incomplete";
        }
        int body = len - TAIL;
        long stated = parseHex(b, off + body + CRC_FIELD.length);
        if (stated < 0 || (int) stated != checksum(b, off, body)) {
            return "checksum mismatch";
        }
        try (JsonParser p = json.createParser(b, off, len)) {
            return readFields(p, into, (int) stated);
        } catch (IOException | RuntimeException e) {
            return "not valid JSON";
        }
    }

    private static String readFields(JsonParser p, Sink into, int crc) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return "not an object";
        }
        String card = null;
        String outcome = null;
        String answer = "";
        String mode = null;
        JournalLine.Kind kind = JournalLine.Kind.ANSWER;
        long at = Long.MIN_VALUE;
        long ms = -1;
        int rating = 0;
        int schema = 1;
        String field;
        while ((field = p.nextFieldName()) != null) {
            JsonToken t = p.nextToken();
            switch (field) {
                case "v" -> schema = t == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : 1;
                case "card" -> card = t == JsonToken.VALUE_STRING ? p.getText() : null;
                case "at" -> at = t == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : Long.MIN_VALUE;
                case "rating" -> rating = t == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : 0;
                case "outcome" -> outcome = t == JsonToken.VALUE_STRING ? p.getText() : null;
                case "answer" -> answer = t == JsonToken.VALUE_STRING ? p.getText() : null;
                case "ms" -> ms = t == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : -1;
                case "mode" -> mode = t == JsonToken.VALUE_STRING ? p.getText() : null;
                case "corrects" -> kind = t == JsonToken.VALUE_STRING ? correction(p.getText()) : null;
                default -> p.skipChildren();
            }
        }
        Outcome o = outcome(outcome);
        StudyMode m = mode(mode);
        if (card == null || card.isEmpty() || at < 0 || at > LAST_MILLI || rating < 1 || rating > 4 || o == null
                || answer == null || ms < 0 || m == null || kind == null) {
            return "missing or invalid fields";
        }
        into.accept(card, at, Rating.ofValue(rating), o, answer, ms, m, kind, schema, crc);
        return null;
    }

    /**
     * Receives a decoded line field by field, so a bulk load need not build a {@link JournalLine} per line; with the
     * line's schema, which says how to read a line that names no correction.
     */
    interface Sink {
        void accept(String cardId, long atMillis, Rating rating, Outcome outcome, String answer, long durationMs,
                    StudyMode mode, JournalLine.Kind kind, int schema, int crc);
    }

    static JournalLine review(String cardId, long atMillis, Rating rating, Outcome outcome, String answer, long ms,
                         StudyMode mode, JournalLine.Kind kind) {
        return new JournalLine(cardId, Instant.ofEpochMilli(atMillis), rating, outcome, answer, ms, mode, kind);
    }

    /** The kind a {@code "corrects"} field names; null for one this version does not know. */
    private static JournalLine.Kind correction(String s) {
        for (JournalLine.Kind k : JournalLine.Kind.values()) {
            if (k != JournalLine.Kind.ANSWER && k.code().equals(s)) {
                return k;
            }
        }
        return null;
    }

    private static Outcome outcome(String s) {
        if (s == null) {
            return null;
        }
        return switch (s) {
            case "correct" -> Outcome.CORRECT;
            case "close" -> Outcome.CLOSE;
            case "wrong" -> Outcome.WRONG;
            default -> null;
        };
    }

    private static StudyMode mode(String s) {
        if (s == null) {
            return null;
        }
        for (StudyMode m : StudyMode.values()) {
            if (m.code().equals(s)) {
                return m;
            }
        }
        return null;
    }

    private int checksum(byte[] b, int off, int len) {
        crc.reset();
        crc.update(b, off, len);
        return (int) crc.getValue();
    }

    private static boolean crcFieldAt(byte[] b, int at) {
        for (int i = 0; i < CRC_FIELD.length; i++) {
            if (b[at + i] != CRC_FIELD[i]) {
                return false;
            }
        }
        return true;
    }

    private static void writeHex(int value, byte[] into, int at) {
        for (int i = 7; i >= 0; i--) {
            into[at + i] = HEX[value & 0xF];
            value >>>= 4;
        }
    }

    /** The 32-bit value of 8 hex digits, or -1 when they are not hex. */
    private static long parseHex(byte[] b, int at) {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            int c = b[at + i];
            int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
            if (d < 0) {
                return -1;
            }
            v = (v << 4) | d;
        }
        return v;
    }
}
