package com.portdrill.store;

import com.portdrill.srs.Rating;
import com.portdrill.srs.optimize.LoggedReview;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RevlogCsvTest {
    @TempDir
    Path dir;

    private Path file(String content) throws IOException {
        Path f = dir.resolve("revlog.csv");
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void readsEveryRowWithItsCardTimeGradeAndState() throws IOException {
        List<LoggedReview> reviews = RevlogCsv.read(file(RevlogCsv.HEADER + "\r\n"
                + "1,1735736799458,1,0,3242\r\n1,1735736859458,3,1,9432\n\n7,1735823859458,4,2,0\n"));
        assertThat(reviews).containsExactly(
                new LoggedReview("1", 1735736799458L, Rating.AGAIN, 0),
                new LoggedReview("1", 1735736859458L, Rating.GOOD, 1),
                new LoggedReview("7", 1735823859458L, Rating.EASY, 2));
    }

    @Test
    void aByteOrderMarkBeforeTheHeaderIsAllowed() throws IOException {
        assertThat(RevlogCsv.read(file("\uFEFF" + RevlogCsv.HEADER + "\n1,1000,3,0,10\n"))).hasSize(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "card,time,rating|line 1 has the header 'card,time,rating'",
            "''|line 1 has the header ''",
    })
    void aWrongHeaderIsNamed(String header, String expected) throws IOException {
        Path f = file(header + "\n1,1000,3,0,10\n");
        assertThatThrownBy(() -> RevlogCsv.read(f)).isInstanceOf(StoreException.class)
                .hasMessageContaining("revlog.csv " + expected).hasMessageContaining("nothing was saved");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1,1000,5,0,10|line 2 has review_rating 5, outside 1 to 4",
            "1,1000,0,0,10|line 2 has review_rating 0, outside 1 to 4",
            "1,1000,3,4,10|line 2 has review_state 4, outside 0 to 3",
            "1,abc,3,0,10|line 2 has review_time 'abc', not a whole number",
            "1,-5,3,0,10|line 2 has review_time -5, outside 0 to 253402300799999",
            "1,1000,3,0,-1|line 2 has review_duration -1, outside 0 to 86400000",
            "1,1000,3,0|line 2 has 4 fields, not the 5 of",
            ",1000,3,0,10|line 2 has no card_id",
    })
    void aBadRowIsNamedWithItsLineAndProblem(String row, String expected) throws IOException {
        Path f = file(RevlogCsv.HEADER + "\n" + row + "\n");
        assertThatThrownBy(() -> RevlogCsv.read(f)).isInstanceOf(StoreException.class)
                .hasMessageContaining("revlog.csv " + expected);
    }

    @Test
    void aTimeThatGoesBackwardsForACardIsRefused() throws IOException {
        Path f = file(RevlogCsv.HEADER + "\n1,5000,3,0,10\n2,1000,3,0,10\n1,4000,3,2,10\n");
        assertThatThrownBy(() -> RevlogCsv.read(f)).isInstanceOf(StoreException.class)
                .hasMessageContaining("revlog.csv line 4 goes back in time: card 1");
    }

    @Test
    void anEmptyFileAMissingFileAndNonTextAreSaidPlainly() throws IOException {
        Path empty = file("");
        assertThatThrownBy(() -> RevlogCsv.read(empty)).hasMessageContaining("line 1 is empty");
        assertThatThrownBy(() -> RevlogCsv.read(dir.resolve("nope.csv"))).hasMessageContaining("does not exist");
        Path binary = dir.resolve("bin.csv");
        Files.write(binary, new byte[]{(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        assertThatThrownBy(() -> RevlogCsv.read(binary)).hasMessageContaining("not UTF-8 text");
        assertThatThrownBy(() -> RevlogCsv.read(dir)).hasMessageContaining("is not a regular file");
    }
}
