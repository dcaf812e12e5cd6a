package com.portdrill.bench;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class LineWatchTest {
    private static boolean feed(LineWatch w, byte[] bytes) {
        return w.accept(bytes, bytes.length);
    }

    @Test
    void waitsForTheQuestionPastTheLinesBeforeIt() {
        LineWatch w = new LineWatch(Pattern.compile("^Q\\d+\\."));
        assertThat(feed(w, "Deck: well-known, 20 new\n".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(feed(w, "Q1. Which port does SSH use?\nAnswer: ".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(w.matched()).hasValue("Q1. Which port does SSH use?");
    }

    @Test
    void aLineSplitAcrossChunksIsSeenWhole() {
        LineWatch w = new LineWatch(Pattern.compile("use\\?$"));
        assertThat(feed(w, "Which port does SSH ".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(feed(w, "use?\r\n".getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(w.matched()).hasValue("Which port does SSH use?");
    }

    @Test
    void aCharacterSplitBetweenChunksIsDecodedWhole() {
        byte[] line = "端口 22 是什么服务？\n".getBytes(StandardCharsets.UTF_8);
        LineWatch w = new LineWatch(Pattern.compile("服务？"));
        assertThat(feed(w, Arrays.copyOfRange(line, 0, 4))).isFalse();
        assertThat(w.accept(Arrays.copyOfRange(line, 4, line.length), line.length - 4)).isTrue();
        assertThat(w.matched()).hasValue("端口 22 是什么服务？");
    }

    @Test
    void anUnfinishedPromptLineCountsOnceItMatches() {
        LineWatch w = new LineWatch(Pattern.compile("^Port for ssh\\? > $"));
        assertThat(feed(w, "Port for ssh? > ".getBytes(StandardCharsets.UTF_8))).isTrue();
    }

    @Test
    void outputWithoutTheQuestionNeverMatches() {
        LineWatch w = new LineWatch(Pattern.compile("^Q\\d+"));
        assertThat(feed(w, "portdrill: no deck 'x'\nsee 'portdrill decks list'\n".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(w.matched()).isEmpty();
    }
}
