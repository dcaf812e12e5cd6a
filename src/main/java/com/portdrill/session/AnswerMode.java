package com.portdrill.session;

import java.util.Locale;

/** How a question is answered: typed, picked from four choices, or a flip card the learner grades. */
public enum AnswerMode {
    TYPED, CHOICE, FLIP;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
