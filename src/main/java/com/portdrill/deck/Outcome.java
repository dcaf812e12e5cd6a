package com.portdrill.deck;

/** How an answer was judged. The first word of plain-mode feedback is {@link #label()}. */
public enum Outcome {
    CORRECT("Correct"),
    CLOSE("Close"),
    WRONG("Wrong");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
