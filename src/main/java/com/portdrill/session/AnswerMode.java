package com.portdrill.session;

import com.portdrill.text.Coded;

/** How a question is answered: typed, picked from four choices, or a flip card the learner grades. */
public enum AnswerMode implements Coded {
    TYPED, CHOICE, FLIP;
}
