package com.portdrill.scan;

import java.util.List;
import java.util.function.Consumer;

/**
 * A parser of a tool's table (ss, netstat, the socket table): a line is read as its columns, and a line with none
 * is the blank between the table's parts, so it is skipped before the format looks at it.
 */
abstract class ColumnParser implements LineParser {
    @Override
    public final Line read(String line, Consumer<Listener> rows) {
        List<String> w = Words.of(line);
        return w.isEmpty() ? Line.SKIPPED : readColumns(line, w, rows);
    }

    /** Reads a line of one or more columns {@code w}, as {@link #read} does. */
    abstract Line readColumns(String line, List<String> w, Consumer<Listener> rows);
}
