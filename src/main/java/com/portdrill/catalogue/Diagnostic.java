package com.portdrill.catalogue;

import java.util.Objects;

/**
 * Something the parser skipped, repaired or noticed in a document, with the text it is about.
 *
 * @param document the document the text comes from
 * @param line     the 1-based line number in that document
 * @param kind     what happened
 * @param excerpt  the offending text as the document has it (shortened when long)
 * @param message  one sentence a reader understands: what was done and why
 */
public record Diagnostic(Document document, int line, Kind kind, String excerpt, String message) {
    public enum Kind {
        /** A short line outside the table (site navigation, headings, a cut-off word): skipped. */
        PAGE_FURNITURE,
        /** Prose outside the table, possibly naming ports: skipped, it is not an entry. */
        PROSE,
        /** A port line with no service after it: the page was cut off, so it is not an entry. */
        TRUNCATED_ENTRY,
        /** A port line whose ports cannot be read: skipped. */
        MALFORMED_PORTS,
        /** A whole entry run into the previous entry's description: split off. */
        GLUED_ENTRY,
        /** An entry that starts with no blank line after the previous one. */
        UNSEPARATED_ENTRY,
        /** A description wrapped over several lines: joined. */
        WRAPPED_LINES,
        /** A space between two Chinese characters inside a line: dropped, as a reader reads it. */
        STRAY_SPACE,
        /** One entry for several ports. */
        MULTI_PORT_ENTRY,
        /** A service line that names a service per port. */
        PER_PORT_SERVICE,
        /** The document gives no service ({@code [NULL]}). */
        NULL_SERVICE,
        /** An entry without a description line. */
        MISSING_DESCRIPTION,
        /** A port that an earlier entry of the same document already gave: the later one is ignored. */
        DUPLICATE_PORT,
        /** Letters damaged in copying (such as {@code AuthenTIcaTIon}): shown as written, matched leniently. */
        DAMAGED_LETTERS,
        /** A misspelling the reviewed typo list knows ({@code natstat} for {@code netstat}): shown as written, reported. */
        KNOWN_TYPO,
        /** The two documents spell the same service differently, one of them wrongly. */
        SPELLING_DIFFERS,
        /** A port that only one of the two documents holds. */
        ONE_DOCUMENT_ONLY
    }

    public Diagnostic {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(kind, "kind");
        excerpt = excerpt == null ? "" : excerpt;
    }

    /** {@code en:417 truncated-entry "Port: 214" — message}, for reports. */
    public String describe() {
        return document.code() + ":" + line + " " + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                + " \"" + excerpt + "\": " + message;
    }
}
