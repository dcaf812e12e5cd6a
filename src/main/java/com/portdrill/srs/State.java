package com.portdrill.srs;

/** Where a card stands in FSRS, with the numeric values ts-fsrs uses. */
public enum State {
    NEW(0), LEARNING(1), REVIEW(2), RELEARNING(3);

    private final int value;

    State(int value) {
        this.value = value;
    }

    public int value() {
        return value;
    }
}
