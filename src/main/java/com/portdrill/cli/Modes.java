package com.portdrill.cli;

import com.portdrill.i18n.Message;
import com.portdrill.i18n.Messages;
import com.portdrill.session.AnswerMode;

/** How each answer mode is explained at the start of a session. */
final class Modes {
    private Modes() {
    }

    static String describe(AnswerMode mode, Messages m) {
        switch (mode) {
            case CHOICE:
                return m.get(Message.MODE_CHOICE);
            case FLIP:
                return m.get(Message.MODE_FLIP);
            default:
                return m.get(Message.MODE_TYPED);
        }
    }
}
