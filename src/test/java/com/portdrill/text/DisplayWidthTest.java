package com.portdrill.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Each edge of the wide ranges, from both sides: a terminal puts the wide ones in two columns. */
class DisplayWidthTest {
    @ParameterizedTest(name = "U+{0} takes {1}")
    @CsvSource({
        "0041, 1", "10FF, 1", "1100, 2", "115F, 2",
        "2E7F, 1", "2E80, 2", "303E, 2", "303F, 1",
        "3041, 2", "33FF, 2", "3400, 2", "4DBF, 2", "4E00, 2", "9FFF, 2", "A000, 2", "A4CF, 2", "A4D0, 1",
        "ABFF, 1", "AC00, 2", "D7A3, 2", "D7B0, 1",
        "F8FF, 1", "F900, 2", "FAFF, 2", "FE2F, 0", "FE30, 2", "FE4F, 2", "FE50, 1",
        "FF00, 2", "FF01, 2", "FF60, 2", "FF61, 1", "FFE0, 2", "FFE6, 2", "FFE8, 1",
        "1F2FF, 1", "1F300, 2", "1F64F, 2", "1F650, 1", "1F8FF, 1", "1F900, 2", "1F9FF, 2",
        "1FFFF, 1", "20000, 2", "3FFFD, 2", "40000, 1"})
    void widthOfACodePoint(String hex, int columns) {
        assertThat(DisplayWidth.of(Integer.parseInt(hex, 16))).isEqualTo(columns);
    }
}
