package com.portdrill.bench;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class FrameWatchTest {
    private static final long MS = 1_000_000;

    private static void feed(FrameWatch w, long atMs, String text) {
        byte[] b = text.getBytes(StandardCharsets.UTF_8);
        w.accept(atMs * MS, b, b.length);
    }

    @Test
    void theFrameEndsWithTheLastByteBeforeTheQuiet() {
        FrameWatch w = new FrameWatch(10, 150 * MS);
        feed(w, 100, "\u001b[?1049h\u001b[H\u001b[2J");
        feed(w, 180, "\u001b[1mportdrill\u001b[0m  study: well-known\r\n");
        feed(w, 185, "Which port does SSH use?");
        assertThat(w.frameEnd(300 * MS)).isEmpty();
        assertThat(w.frameEnd(335 * MS)).hasValue(185 * MS);
    }

    @Test
    void escapeSequencesAndBlanksAreNotAFrame() {
        FrameWatch w = new FrameWatch(10, 150 * MS);
        feed(w, 50, "\u001b[?1049h\u001b[H\u001b[2J\u001b]0;portdrill\u0007\u001b(B      \r\n");
        assertThat(w.visible()).isZero();
        assertThat(w.frameEnd(1_000 * MS)).isEmpty();
    }

    @Test
    void anEscapeSplitAcrossChunksIsStillSkipped() {
        FrameWatch w = new FrameWatch(1, 150 * MS);
        feed(w, 10, "\u001b[38;5");
        feed(w, 11, ";208m");
        assertThat(w.visible()).isZero();
        feed(w, 12, "x");
        assertThat(w.visible()).isEqualTo(1);
    }

    @Test
    void wideCharactersCountOncePerCharacter() {
        FrameWatch w = new FrameWatch(1, 150 * MS);
        feed(w, 10, "端口");
        assertThat(w.visible()).isEqualTo(2);
    }

    @Test
    void nothingYetIsNoFrame() {
        assertThat(new FrameWatch(1, 150 * MS).frameEnd(Long.MAX_VALUE)).isEmpty();
    }
}
