package com.portdrill.launch;

/** The four sessions a learner starts, from the command line or the menu. */
public enum SessionKind {
    STUDY, QUIZ, REVIEW, DRILL
}
