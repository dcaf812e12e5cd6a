package com.portdrill.srs;

import java.util.Optional;

/** Where a card stands in FSRS, in the order ts-fsrs numbers the states: a state's value is its place, from 0. */
public enum State {
    NEW, LEARNING, REVIEW, RELEARNING;

    private static final State[] BY_VALUE = values();

    public int value() {
        return ordinal();
    }

    /** The state ts-fsrs numbers {@code value}, or empty for a number it does not use. */
    public static Optional<State> ofValue(int value) {
        return value >= 0 && value < BY_VALUE.length ? Optional.of(BY_VALUE[value]) : Optional.empty();
    }
}
