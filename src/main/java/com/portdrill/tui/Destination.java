package com.portdrill.tui;

/**
 * The screens the menu opens the driver builds, with files (decks, progress, the catalogue) and the current settings;
 * OPTIMIZE (fitting FSRS to the learner's reviews) is opened from the statistics screen.
 */
public enum Destination {
    STUDY, QUIZ, REVIEW, DRILL, STATS, LOOKUP, SETTINGS, OPTIMIZE
}
