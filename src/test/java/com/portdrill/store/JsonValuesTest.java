package com.portdrill.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JsonValuesTest {
    private static Object read(String json) throws IOException {
        try (JsonParser p = new JsonFactory().createParser(json)) {
            return JsonValues.read(p);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void objectsKeepFileOrderAndNumbersKeepTheirKind() throws IOException {
        Object v = read("{\"b\": 22, \"a\": [\"ssh\", 4294967296, 99999999999999999999, 1.5, true, null]}");
        assertThat(v).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> m = (Map<String, Object>) v;
        assertThat(m.keySet()).containsExactly("b", "a");
        assertThat(m.get("b")).isEqualTo(22);
        assertThat((List<Object>) m.get("a")).containsExactly("ssh", 4_294_967_296L,
                new BigInteger("99999999999999999999"), 1.5, Boolean.TRUE, JsonValues.NULL);
    }

    @Test
    void nullIsToldApartFromAnAbsentField() throws IOException {
        Map<?, ?> m = (Map<?, ?>) read("{\"noteEn\": null}");
        assertThat(m.get("noteEn")).isSameAs(JsonValues.NULL);
        assertThat(m.containsKey("noteZh")).isFalse();
    }

    @Test
    void emptyInputHoldsNoValue() throws IOException {
        assertThat(read("   ")).isNull();
    }
}
