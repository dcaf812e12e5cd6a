package com.portdrill.srs;

/**
 * The four FSRS grades, in the order that FSRS and ts-fsrs number them: a grade's value is its place, 1 (Again)
 * to 4 (Easy), as in ts-fsrs, whose 0 is the manual grade this app never records.
 */
public enum Rating {
    AGAIN, HARD, GOOD, EASY;

    private static final Rating[] BY_VALUE = values();

    /** The FSRS grade, 1 (Again) to 4 (Easy). */
    public int value() {
        return ordinal() + 1;
    }

    public static Rating ofValue(int value) {
        if (value < 1 || value > BY_VALUE.length) {
            throw new IllegalArgumentException("a rating is 1 to 4, not " + value);
        }
        return BY_VALUE[value - 1];
    }
}
