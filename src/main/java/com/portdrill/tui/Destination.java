package com.portdrill.tui;

/** The screens the menu opens the driver builds, with files (decks, progress, the catalogue) and the current settings. */
public enum Destination {
    STUDY, QUIZ, REVIEW, DRILL, STATS, LOOKUP, SETTINGS
}
