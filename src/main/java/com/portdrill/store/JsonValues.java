package com.portdrill.store;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON document as plain Java values, read with Jackson's streaming parser alone: objects become
 * {@code Map<String, Object>} in file order, arrays {@code List<Object>}, strings {@code String}, whole numbers
 * {@code Integer} when they fit and {@code Long} or {@code BigInteger} otherwise, other numbers {@code Double},
 * {@code true}/{@code false} {@code Boolean}, and {@code null} the {@link #NULL} marker. Loading the data-binding
 * layer costs a cold start about 150 ms more than this; a deck is read on the way to the first question.
 */
final class JsonValues {
    /** JSON's {@code null}, told apart from a field that is absent. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    private JsonValues() {
    }

    /** The first value in the parser's input, or Java {@code null} when the input holds none. */
    static Object read(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        return t == null ? null : value(p, t);
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> object = new LinkedHashMap<>();
                for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
                    String name = p.currentName();
                    object.put(name, value(p, p.nextToken()));
                }
                return object;
            }
            case START_ARRAY: {
                List<Object> array = new ArrayList<>();
                for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
                    array.add(value(p, e));
                }
                return array;
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return p.getNumberValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return NULL;
            default:
                throw new IOException("unexpected " + t + " at " + p.currentLocation());
        }
    }
}
