package com.portdrill.bench;

import java.util.OptionalLong;

/**
 * Finds the end of the first frame in what a full-screen program writes to its terminal, without any help from
 * the program: the frame is the first burst of output that shows at least {@code minVisible} visible characters
 * (escape sequences and blanks do not count), and it ends with the last byte before the output goes quiet for
 * {@code quietNanos}. A program that has drawn its first screen waits for a key, so the quiet comes naturally.
 */
public final class FrameWatch {
    private enum Escape { NONE, ESC, INTERMEDIATE, CSI, STRING, STRING_ESC }

    private final int minVisible;
    private final long quietNanos;
    private Escape escape = Escape.NONE;
    private int visible;
    private long lastOutput = Long.MIN_VALUE;

    public FrameWatch(int minVisible, long quietNanos) {
        this.minVisible = minVisible;
        this.quietNanos = quietNanos;
    }

    /** Takes a chunk of terminal output that arrived at {@code nanos}. */
    public void accept(long nanos, byte[] chunk, int length) {
        if (length <= 0) {
            return;
        }
        lastOutput = nanos;
        for (int i = 0; i < length; i++) {
            step(chunk[i] & 0xff);
        }
    }

    /** When the first frame ended, once the output has been quiet long enough at {@code nowNanos}. */
    public OptionalLong frameEnd(long nowNanos) {
        if (visible >= minVisible && lastOutput != Long.MIN_VALUE && nowNanos - lastOutput >= quietNanos) {
            return OptionalLong.of(lastOutput);
        }
        return OptionalLong.empty();
    }

    /** Visible characters seen so far. */
    public int visible() {
        return visible;
    }

    private void step(int b) {
        switch (escape) {
            case NONE -> {
                if (b == 0x1b) {
                    escape = Escape.ESC;
                } else if (b > 0x20 && b != 0x7f && (b < 0x80 || b >= 0xc0)) {
                    visible++; // a printable ASCII byte or the first byte of a UTF-8 character
                }
            }
            case ESC -> escape = b == '[' ? Escape.CSI
                    : b == ']' || b == 'P' || b == '_' ? Escape.STRING
                    : b >= 0x20 && b <= 0x2f ? Escape.INTERMEDIATE : Escape.NONE;
            case INTERMEDIATE -> {
                if (b >= 0x30) {
                    escape = Escape.NONE;
                }
            }
            case CSI -> {
                if (b >= 0x40 && b <= 0x7e) {
                    escape = Escape.NONE;
                }
            }
            case STRING -> {
                if (b == 0x07) {
                    escape = Escape.NONE;
                } else if (b == 0x1b) {
                    escape = Escape.STRING_ESC;
                }
            }
            case STRING_ESC -> escape = b == '\\' ? Escape.NONE : Escape.STRING;
        }
    }
}
