package com.portdrill.scan;

import com.portdrill.deck.AboutPort;

import java.util.List;
import java.util.Objects;

/**
 * One open port, explained: where it listens and what portdrill knows about it, with its flags.
 *
 * @param listener what the input said
 * @param about    the port as {@code explain} describes it (what we teach, the documents, the verdict, IANA)
 * @param flags    what is worth a second look, in {@link Flag} order; empty for most ports
 */
public record ScanRow(Listener listener, AboutPort about, List<FlagNote> flags) {
    public ScanRow {
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(about, "about");
        flags = List.copyOf(flags);
    }
}
