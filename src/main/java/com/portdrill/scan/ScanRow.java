package com.portdrill.scan;

import com.portdrill.catalogue.PortFacts;

import java.util.List;
import java.util.Objects;

/**
 * One open port, explained: where it listens and what portdrill knows about it, with its flags.
 *
 * @param listener what the input said
 * @param facts    the port as {@code explain} describes it (documents, verdict, IANA)
 * @param flags    what is worth a second look, in {@link Flag} order; empty for most ports
 */
public record ScanRow(Listener listener, PortFacts facts, List<FlagNote> flags) {
    public ScanRow {
        Objects.requireNonNull(listener, "listener");
        Objects.requireNonNull(facts, "facts");
        flags = List.copyOf(flags);
    }
}
