package com.portdrill.scan;

import java.util.function.Consumer;

/**
 * Reads one format a line at a time, so that a scan of any size is read in bounded memory. A parser may keep
 * what earlier lines said (the host an nmap report is about), so each input gets a parser of its own.
 */
public interface LineParser {
    /** What a line was. */
    enum Line {
        /** It gave one or more open or listening ports. */
        USED,
        /** It is part of the format but holds no open port: a header, a closed port, a connection. */
        SKIPPED,
        /** It is not a line of this format. */
        UNREADABLE
    }

    /** Reads a line (without its line ending), handing every open or listening port it holds to {@code rows}. */
    Line read(String line, Consumer<Listener> rows);
}
