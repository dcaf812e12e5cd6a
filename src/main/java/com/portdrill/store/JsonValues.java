package com.portdrill.store;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document (RFC 8259, strictly: no comments, no trailing commas, no leading zeros, no raw control
 * characters in strings) as plain Java values: objects become {@code Map<String, Object>} in file order, arrays
 * {@code List<Object>}, strings {@code String}, whole numbers {@code Integer} when they fit and {@code Long} or
 * {@code BigInteger} otherwise, other numbers {@code Double}, {@code true}/{@code false} {@code Boolean}, and
 * {@code null} the {@link #NULL} marker.
 *
 * <p>Why not Jackson's parser, which writes every file: a deck is read on the way to the first question, and
 * Jackson's parsers share a base class whose initialiser makes {@code BigDecimal} constants. From Java 25 on,
 * {@code BigDecimal}'s own initialiser computes 5<sup>2<sup>16</sup></sup> when the class is first used, before
 * any code is compiled: 12 ms of a cold start, a tenth of the wait for the first question. Reading is all a deck
 * needs, and this reader touches no {@code BigDecimal}.
 */
final class JsonValues {
    /** JSON's {@code null}, told apart from a field that is absent. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private final String text;
    private final int maxDepth;
    private final int maxString;
    private int at;

    private JsonValues(String text, int maxDepth, int maxString) {
        this.text = text;
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
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(utf8)).toString();
        } catch (CharacterCodingException e) {
            throw new IOException("not UTF-8 text");
        }
        JsonValues reader = new JsonValues(text, maxDepth, maxString);
        reader.skipSpace();
        if (reader.at < text.length() && text.charAt(reader.at) == '\uFEFF') {
            reader.at++;
            reader.skipSpace();
        }
        Object value = reader.value(0);
        reader.skipSpace();
        if (reader.at < text.length()) {
            throw reader.error("more after the end of the document");
        }
        return value;
    }

    private Object value(int depth) throws IOException {
        if (at >= text.length()) {
            throw error("the document ends where a value was expected");
        }
        char c = text.charAt(at);
        switch (c) {
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
            default:
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                throw error("unexpected " + shown(c));
        }
    }

    private Map<String, Object> object(int depth) throws IOException {
        nested(depth);
        at++;
        Map<String, Object> object = new LinkedHashMap<>();
        skipSpace();
        if (peek() == '}') {
            at++;
            return object;
        }
        while (true) {
            skipSpace();
            if (peek() != '"') {
                throw error("a field name was expected");
            }
            String name = string();
            skipSpace();
            expect(':');
            skipSpace();
            object.put(name, value(depth));
            skipSpace();
            char c = next("',' or '}'");
            if (c == '}') {
                return object;
            }
            if (c != ',') {
                at--;
                throw error("',' or '}' was expected, not " + shown(c));
            }
        }
    }

    private List<Object> array(int depth) throws IOException {
        nested(depth);
        at++;
        List<Object> array = new ArrayList<>();
        skipSpace();
        if (peek() == ']') {
            at++;
            return array;
        }
        while (true) {
            skipSpace();
            array.add(value(depth));
            skipSpace();
            char c = next("',' or ']'");
            if (c == ']') {
                return array;
            }
            if (c != ',') {
                at--;
                throw error("',' or ']' was expected, not " + shown(c));
            }
        }
    }

    private void nested(int depth) throws IOException {
        if (depth > maxDepth) {
            throw error("nested deeper than " + maxDepth);
        }
    }

    private String string() throws IOException {
        int start = ++at;
        StringBuilder escaped = null;
        while (true) {
            if (at >= text.length()) {
                throw error("a string is not closed");
            }
            char c = text.charAt(at);
            if (c == '"') {
                String s = escaped == null ? text.substring(start, at) : escaped.append(text, start, at).toString();
                at++;
                if (s.length() > maxString) {
                    throw error("a string is longer than " + maxString + " characters");
                }
                return s;
            }
            if (c < 0x20) {
                throw error("a control character " + shown(c) + " inside a string");
            }
            if (c != '\\') {
                at++;
                continue;
            }
            if (escaped == null) {
                escaped = new StringBuilder();
            }
            escaped.append(text, start, at);
            at++;
            escaped.append(escape(next("an escape")));
            start = at;
        }
    }

    private char escape(char c) throws IOException {
        switch (c) {
            case '"':
            case '\\':
            case '/':
                return c;
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
                if (at + 4 > text.length()) {
                    throw error("a \\u escape is cut short");
                }
                int code = 0;
                for (int i = 0; i < 4; i++) {
                    int digit = Character.digit(text.charAt(at), 16);
                    if (digit < 0) {
                        throw error("a \\u escape has " + shown(text.charAt(at)) + " for a hex digit");
                    }
                    code = code * 16 + digit;
                    at++;
                }
                return (char) code;
            default:
                at--;
                throw error("\\" + c + " is not an escape");
        }
    }

    private Object number() throws IOException {
        int start = at;
        if (peek() == '-') {
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
        String literal = text.substring(start, at);
        if (!whole) {
            return Double.parseDouble(literal);
        }
        if (literal.length() <= 18) {
            long value = Long.parseLong(literal);
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

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private Object word(String word, Object value) throws IOException {
        if (!text.startsWith(word, at)) {
            throw error("unexpected " + shown(text.charAt(at)));
        }
        at += word.length();
        return value;
    }

    private void expect(char c) throws IOException {
        if (peek() != c) {
            throw error("'" + c + "' was expected");
        }
        at++;
    }

    /** The character at the cursor, or NUL at the end (NUL cannot stand outside a string in JSON). */
    private char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private char next(String wanted) throws IOException {
        if (at >= text.length()) {
            throw error("the document ends where " + wanted + " was expected");
        }
        return text.charAt(at++);
    }

    private void skipSpace() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                return;
            }
            at++;
        }
    }

    private static String shown(char c) {
        return c >= 0x20 && c < 0x7f ? "'" + c + "'" : String.format("U+%04X", (int) c);
    }

    /** What is wrong, and where: line and column counted from 1, as editors count them. */
    private IOException error(String what) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < Math.min(at, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new IOException(what + " at line " + line + ", column " + (at - lineStart + 1));
    }
}
