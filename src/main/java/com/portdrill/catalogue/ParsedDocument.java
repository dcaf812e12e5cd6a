package com.portdrill.catalogue;

import java.util.List;

/** A document read by {@link DocumentParser}: its entries in document order and what was skipped or repaired. */
public record ParsedDocument(Document document, List<Entry> entries, List<Diagnostic> diagnostics) {
    public ParsedDocument {
        entries = List.copyOf(entries);
        diagnostics = List.copyOf(diagnostics);
    }

    /** Every port of every entry, in document order. */
    public List<Integer> ports() {
        return entries.stream().flatMap(e -> e.ports().stream()).toList();
    }
}
