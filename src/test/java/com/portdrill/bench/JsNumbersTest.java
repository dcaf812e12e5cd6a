package com.portdrill.bench;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Expected strings are what node 20's String(x) prints for the same double. */
class JsNumbersTest {
    @ParameterizedTest
    @CsvSource({
        "0.30000000000000004, 0.30000000000000004",
        "1e21, 1e+21",
        "1e20, 100000000000000000000",
        "1e-7, 1e-7",
        "0.000001, 0.000001",
        "123.456, 123.456",
        "4.9e-324, 5e-324",
        "100, 100",
        "1.7976931348623157e308, 1.7976931348623157e+308",
        "1234567890123456789, 1234567890123456800",
        "5.684341886080802e-14, 5.684341886080802e-14",
        "0.1, 0.1",
        "22535396.207347568, 22535396.207347568",
        "-2.5, -2.5",
        "-0.0, 0",
        "3.0, 3",
    })
    void writesDoublesAsJavaScriptDoes(double x, String js) {
        assertThat(JsNumbers.format(x)).isEqualTo(js);
    }
}
