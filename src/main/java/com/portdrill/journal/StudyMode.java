package com.portdrill.journal;

/** The activity an answer was given in; every one of them counts as a review for FSRS. */
public enum StudyMode {
    STUDY, QUIZ, REVIEW, DRILL;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
