package com.portdrill.tui;

import com.portdrill.i18n.Message;

import java.util.List;

/**
 * One screen: an immutable model with a pure {@code update} and a pure {@code view}. Screens sit on a stack
 * in {@link App}; each hands its keys to its own {@link KeyTable}, whose help lines are the ones its help lists.
 */
public interface Screen {
    Next update(Msg msg);

    /** The screen's lines for a window of {@code look.cols()} by {@code look.rows()}; the app clips them. */
    Frame view(Look look);

    /** The lines of the {@code ?} help for this screen: its key table's. */
    List<Message> keys();
}
