package com.portdrill.catalogue;

import java.util.regex.Pattern;

/**
 * The field labels a document uses ({@code Port:} / {@code 端口：}), as patterns that accept ASCII and
 * full-width colons alike.
 */
record Labels(String port, String service, String description) {
    static final String COLON = "[:\uFF1A]";

    static Labels of(Document document) {
        return document == Document.EN ? new Labels("Port", "Service", "Description") : new Labels("端口", "服务", "说明");
    }

    Pattern portLine() {
        return line(port);
    }

    Pattern serviceLine() {
        return line(service);
    }

    Pattern descriptionLine() {
        return line(description);
    }

    /**
     * A whole entry inside a line of text: port label, ports, service label, service, description label, rest.
     * Possessive runs and groups that end on a non-space keep matching linear: with lazy groups between
     * optional spaces, a long run of spaces made the search cubic (minutes for a line of a few thousand).
     */
    Pattern gluedEntry() {
        return Pattern.compile(Pattern.quote(port) + "\\s*+" + COLON + "\\s*+(\\d(?:[\\s,\uFF0C\u3001]*+\\d)*+)[\\s,\uFF0C\u3001]*+"
                + Pattern.quote(service) + "\\s*+" + COLON + "\\s*+" + TRIMMED_LAZY + "\\s*+"
                + Pattern.quote(description) + "\\s*+" + COLON + "\\s*+(.*)$");
    }

    /** A label line: the text after the label, without the spaces around it; linear however long the line. */
    private static Pattern line(String label) {
        return Pattern.compile("^\\s*+" + Pattern.quote(label) + "\\s*+" + COLON + "\\s*+" + TRIMMED + "\\s*+$");
    }

    /** Text that starts and ends with a non-space: as much as there is. */
    private static final String TRIMMED = "((?:\\s*+\\S)*+)";
    /** Text that starts and ends with a non-space: as little as lets the rest match. */
    private static final String TRIMMED_LAZY = "((?:\\s*+\\S)*?)";
}
