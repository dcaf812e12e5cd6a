package com.portdrill.srs;

/** The four FSRS grades, in the order (and with the values 1–4) that FSRS and ts-fsrs use. */
public enum Rating {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    private final int value;

    Rating(int value) {
        this.value = value;
    }

    /** The FSRS grade, 1 (Again) to 4 (Easy). */
    public int value() {
        return value;
    }

    public static Rating ofValue(int value) {
        for (Rating r : values()) {
            if (r.value == value) {
                return r;
            }
        }
        throw new IllegalArgumentException("a rating is 1 to 4, not " + value);
    }
}
