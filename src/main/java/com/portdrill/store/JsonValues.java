package com.portdrill.store;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document (RFC 8259, strictly: no comments, no trailing commas, no leading zeros, no raw control
 * characters in strings, UTF-8 only) as plain Java values: objects become {@code Map<String, Object>} in file order,
 * arrays {@code List<Object>}, strings {@code String}, whole numbers {@code Integer} when they fit and {@code Long}
 * or {@code BigInteger} otherwise, other numbers {@code Double}, {@code true}/{@code false} {@code Boolean}, and
 * {@code null} the {@link #NULL} marker.
 *
 * <p>Why not Jackson's parser, which writes every file: a deck is read on the way to the first question, and
 * Jackson's parsers share a base class whose initialiser makes {@code BigDecimal} constants. From Java 25 on,
 * {@code BigDecimal}'s own initialiser computes 5<sup>2<sup>16</sup></sup> when the class is first used, before
 * any code is compiled: 12 ms of a cold start, a tenth of the wait for the first question. Reading is all a deck
 * needs, and this reader touches no {@code BigDecimal}. It reads the bytes themselves, making a {@code String} only
 * of each string value, since before anything is compiled a call per character costs more than the whole read.
 */
final class JsonValues {
    /** JSON's {@code null}, told apart from a field that is absent. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private final byte[] in;
    private final int maxDepth;
    private final int maxString;
    private int at;

    private JsonValues(byte[] in, int maxDepth, int maxString) {
        this.in = in;
        this.maxDepth = maxDepth;
        this.maxString = maxString;
    }

    /**
     * The one value that {@code utf8} holds, with nothing but white space around it.
     *
     * @param maxDepth  how deeply arrays and objects may nest
     * @param maxString the longest string, in characters
     * @throws IOException naming the line and column of the first thing that is not JSON, or of a limit passed
     */
    static Object read(byte[] utf8, int maxDepth, int maxString) throws IOException {
        JsonValues reader = new JsonValues(utf8, maxDepth, maxString);
        if (utf8.length >= 3 && utf8[0] == (byte) 0xEF && utf8[1] == (byte) 0xBB && utf8[2] == (byte) 0xBF) {
            reader.at = 3;
        }
        reader.skipSpace();
        Object value = reader.value(0);
        reader.skipSpace();
        if (reader.at < utf8.length) {
            throw reader.error("more after the end of the document");
        }
        return value;
    }

    private Object value(int depth) throws IOException {
        switch (peek()) {
            case '{':
                return object(depth + 1);
            case '[':
                return array(depth + 1);
            case '"':
                return string();
            case 't':
                return word("true", Boolean.TRUE);
            case 'f':
                return word("false", Boolean.FALSE);
            case 'n':
                return word("null", NULL);
            case -1:
                throw error("the document ends where a value was expected");
            default:
                int c = peek();
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("unexpected " + shown());
        }
    }

    private Map<String, Object> object(int depth) throws IOException {
        Map<String, Object> object = new LinkedHashMap<>();
        if (opens('}', depth)) {
            do {
                skipSpace();
                if (peek() != '"') {
                    throw error("a field name was expected");
                }
                String name = string();
                skipSpace();
                if (peek() != ':') {
                    throw error("':' was expected");
                }
                at++;
                skipSpace();
                object.put(name, value(depth));
            } while (another('}'));
        }
        return object;
    }

    private List<Object> array(int depth) throws IOException {
        List<Object> array = new ArrayList<>();
        if (opens(']', depth)) {
            do {
                skipSpace();
                array.add(value(depth));
            } while (another(']'));
        }
        return array;
    }

    /** Past an opening bracket: false when {@code close} follows at once, for an empty object or array. */
    private boolean opens(char close, int depth) throws IOException {
        if (depth > maxDepth) {
            throw error("nesting depth over " + maxDepth);
        }
        at++;
        skipSpace();
        if (peek() == close) {
            at++;
            return false;
        }
        return true;
    }

    /** After a member or an element: true past a comma (another follows), false past {@code close}. */
    private boolean another(char close) throws IOException {
        skipSpace();
        int c = peek();
        if (c == close) {
            at++;
            return false;
        }
        if (c != ',') {
            throw error(c < 0 ? "the document ends where ',' or '" + close + "' was expected"
                    : "',' or '" + close + "' was expected, not " + shown());
        }
        at++;
        return true;
    }

    /** A string, from its opening quote; its bytes are decoded once, at its end, when it has no escape. */
    private String string() throws IOException {
        int start = ++at;
        StringBuilder escaped = null;
        byte[] b = in;
        while (true) {
            int i = at;
            int c = 0;
            while (i < b.length && (c = b[i] & 0xFF) != '"' && c != '\\' && c >= 0x20) {
                i++;
            }
            at = i;
            if (i >= b.length) {
                throw error("a string is not closed");
            }
            if (c < 0x20) {
                throw error("a control character " + shown() + " inside a string");
            }
            if (c == '"') {
                String s = escaped == null ? decode(start, i) : escaped.append(decode(start, i)).toString();
                if (s.length() > maxString) {
                    throw error("a string is longer than " + maxString + " characters");
                }
                at++;
                return s;
            }
            if (escaped == null) {
                escaped = new StringBuilder();
            }
            escaped.append(decode(start, i));
            at++;
            escaped.append(escape());
            start = at;
        }
    }

    /**
     * The characters of bytes {@code from} to {@code to}, which must be UTF-8. The fast decoding replaces what is
     * not; only text that shows a replacement character is decoded again, strictly, to tell damage from a real one.
     */
    private String decode(int from, int to) throws IOException {
        String s = new String(in, from, to - from, StandardCharsets.UTF_8);
        if (s.indexOf('\uFFFD') >= 0) {
            try {
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in, from, to - from));
            } catch (CharacterCodingException e) {
                at = from;
                throw error("a string is not UTF-8 text");
            }
        }
        return s;
    }

    private char escape() throws IOException {
        int c = peek();
        if (c < 0) {
            throw error("the document ends inside an escape");
        }
        at++;
        switch (c) {
            case '"':
            case '\\':
            case '/':
                return (char) c;
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'u':
                int code = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = peek() < 0 ? -1 : Character.digit(peek(), 16);
                    if (digit < 0) {
                        throw error(peek() < 0 ? "a \\u escape is cut short"
                                : "a \\u escape has " + shown() + " for a hex digit");
                    }
                    code = code * 16 + digit;
                    at++;
                }
                return (char) code;
            default:
                at--;
                throw error("\\" + (char) c + " is not an escape");
        }
    }

    private Object number() throws IOException {
        int start = at;
        boolean negative = peek() == '-';
        if (negative) {
            at++;
        }
        if (peek() == '0') {
            at++;
            if (isDigit(peek())) {
                throw error("a number has a leading zero");
            }
        } else if (!digits()) {
            throw error("a number has no digits");
        }
        boolean whole = true;
        if (peek() == '.') {
            at++;
            whole = false;
            if (!digits()) {
                throw error("a number has no digits after its point");
            }
        }
        if (peek() == 'e' || peek() == 'E') {
            at++;
            whole = false;
            if (peek() == '+' || peek() == '-') {
                at++;
            }
            if (!digits()) {
                throw error("a number has no digits in its exponent");
            }
        }
        String literal = new String(in, start, at - start, StandardCharsets.US_ASCII);
        if (!whole) {
            return Double.parseDouble(literal);
        }
        if (at - start <= 18) {
            long value = 0;
            for (int i = negative ? start + 1 : start; i < at; i++) {
                value = value * 10 + (in[i] - '0');
            }
            value = negative ? -value : value;
            return value == (int) value ? (Object) (int) value : (Object) value;
        }
        BigInteger big = new BigInteger(literal);
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }

    private boolean digits() {
        int start = at;
        while (isDigit(peek())) {
            at++;
        }
        return at > start;
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private Object word(String word, Object value) throws IOException {
        for (int i = 0; i < word.length(); i++) {
            if (at + i >= in.length || in[at + i] != word.charAt(i)) {
                throw error("unexpected " + shown());
            }
        }
        at += word.length();
        return value;
    }

    /** The byte at the cursor, 0 to 255, or -1 at the end. */
    private int peek() {
        return at < in.length ? in[at] & 0xFF : -1;
    }

    private void skipSpace() {
        byte[] b = in;
        int i = at;
        while (i < b.length && (b[i] == ' ' || b[i] == '\n' || b[i] == '\r' || b[i] == '\t')) {
            i++;
        }
        at = i;
    }

    /** The character at the cursor, quoted when printable ASCII, else as its code. */
    private String shown() {
        int c = peek();
        if (c < 0) {
            return "the end";
        }
        if (c >= 0x20 && c < 0x7F) {
            return "'" + (char) c + "'";
        }
        if (c < 0x80) {
            return String.format("U+%04X", c);
        }
        int end = at + 1;
        while (end < in.length && (in[end] & 0xC0) == 0x80) {
            end++;
        }
        String s = new String(in, at, end - at, StandardCharsets.UTF_8);
        return String.format("U+%04X", s.codePointAt(0));
    }

    /** What is wrong, and where: line and column (in characters) counted from 1, as editors count them. */
    private IOException error(String what) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(at, in.length); i++) {
            if (in[i] == '\n') {
                line++;
                column = 1;
            } else if ((in[i] & 0xC0) != 0x80) {
                column++;
            }
        }
        return new IOException(what + " at line " + line + ", column " + column);
    }
}
