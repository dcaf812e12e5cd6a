package com.portdrill.store;

import com.portdrill.deck.Outcome;
import com.portdrill.journal.JournalLine;
import com.portdrill.journal.StudyMode;
import com.portdrill.srs.Rating;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JournalCodecTest {
    private final JournalCodec codec = new JournalCodec();

    private List<JournalLine> decode(byte[] line, List<String> reasons) {
        JournalColumns log = new JournalColumns();
        String reason = codec.decode(line, 0, line.length - 1, log);
        if (reason != null) {
            reasons.add(reason);
        }
        List<JournalLine> out = new ArrayList<>(log.view());
        return out;
    }

    @Test
    void aReviewSurvivesTheRoundTripWithEscapesAndWideText() {
        JournalLine r = new JournalLine("p80>svc", Reviews.T0.plusMillis(123), Rating.HARD, Outcome.CLOSE,
                "htp \"x\" \u001b[31m 网页", 4321, StudyMode.QUIZ);
        byte[] line = codec.encode(r).bytes();
        String text = new String(line, StandardCharsets.UTF_8);
        assertThat(text).startsWith("{\"v\":2,").endsWith("}\n").doesNotContain("\u001b");
        List<String> reasons = new ArrayList<>();
        assertThat(decode(line, reasons)).containsExactly(r);
        assertThat(reasons).isEmpty();
    }

    @Test
    void aCorrectionSaysWhatItIsAndNamesTheAnswerItCorrects() {
        for (JournalLine.Kind kind : List.of(JournalLine.Kind.REGRADE, JournalLine.Kind.OVERRULE, JournalLine.Kind.UNDO)) {
            JournalLine r = new JournalLine("s2p:20,21", Reviews.T0, Rating.GOOD, Outcome.CORRECT, "21 22", 800,
                    StudyMode.STUDY, kind);
            String text = new String(codec.encode(r).bytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("\"answer\":\"21 22\"").contains("\"corrects\":\"" + kind.code() + "\",\"crc\"");
            assertThat(decode(codec.encode(r).bytes(), new ArrayList<>())).containsExactly(r);
        }
        String answer = new String(codec.encode(Reviews.review(1)).bytes(), StandardCharsets.UTF_8);
        assertThat(answer).doesNotContain("corrects");
    }

    @Test
    void aTimeBefore1970OrAfterTheYear9999IsRefusedEvenWithAGoodChecksum() {
        for (long at : new long[]{-1, 253_402_300_800_000L, Long.MAX_VALUE / 2, Long.MIN_VALUE / 2}) {
            JournalLine absurd = new JournalLine("p80>svc", java.time.Instant.ofEpochMilli(at), Rating.GOOD, Outcome.CORRECT,
                    "http", 1000, StudyMode.STUDY);
            List<String> reasons = new ArrayList<>();
            assertThat(decode(codec.encode(absurd).bytes(), reasons)).as("at %d", at).isEmpty();
            assertThat(reasons).containsExactly("missing or invalid fields");
        }
        JournalLine last = new JournalLine("p80>svc", java.time.Instant.ofEpochMilli(253_402_300_799_999L), Rating.GOOD,
                Outcome.CORRECT, "http", 1000, StudyMode.STUDY);
        assertThat(decode(codec.encode(last).bytes(), new ArrayList<>())).containsExactly(last);
    }

    @Test
    void everySingleChangedByteIsRecognised() {
        byte[] line = codec.encode(Reviews.review(5)).bytes();
        for (int i = 0; i < line.length - 1; i++) {
            byte[] damaged = line.clone();
            damaged[i] ^= 0x04;
            List<String> reasons = new ArrayList<>();
            assertThat(decode(damaged, reasons)).as("byte %d", i).isEmpty();
            assertThat(reasons).hasSize(1);
        }
    }

    @Test
    void aTornLineIsRecognised() {
        byte[] line = codec.encode(Reviews.review(1)).bytes();
        for (int len = 1; len < line.length - 1; len++) {
            byte[] torn = java.util.Arrays.copyOf(line, len + 1);
            torn[len] = '\n';
            List<String> reasons = new ArrayList<>();
            assertThat(decode(torn, reasons)).isEmpty();
            assertThat(reasons).hasSize(1);
        }
    }

    @Test
    void theSchemaIsReadFromTheLinesStart() {
        byte[] ours = codec.encode(Reviews.review(1)).bytes();
        byte[] newer = "{\"v\":12,\"x\":1}".getBytes(StandardCharsets.US_ASCII);
        byte[] junk = "garbage".getBytes(StandardCharsets.US_ASCII);
        assertThat(JournalCodec.declaredSchema(ours, 0, ours.length)).isEqualTo(2);
        assertThat(JournalCodec.declaredSchema(newer, 0, newer.length)).isEqualTo(12);
        assertThat(JournalCodec.declaredSchema(junk, 0, junk.length)).isEqualTo(-1);
    }
}
