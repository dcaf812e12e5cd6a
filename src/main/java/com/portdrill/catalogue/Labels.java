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
        return Pattern.compile("^\\s*" + Pattern.quote(port) + "\\s*" + COLON + "\\s*(.*?)\\s*$");
    }

    Pattern serviceLine() {
        return Pattern.compile("^\\s*" + Pattern.quote(service) + "\\s*" + COLON + "\\s*(.*?)\\s*$");
    }

    Pattern descriptionLine() {
        return Pattern.compile("^\\s*" + Pattern.quote(description) + "\\s*" + COLON + "\\s*(.*?)\\s*$");
    }

    /** A whole entry inside a line of text: port label, ports, service label, service, description label, rest. */
    Pattern gluedEntry() {
        return Pattern.compile("\\s*" + Pattern.quote(port) + "\\s*" + COLON + "\\s*(\\d[\\d\\s,\uFF0C\u3001]*?)\\s*"
                + Pattern.quote(service) + "\\s*" + COLON + "\\s*(.*?)\\s*"
                + Pattern.quote(description) + "\\s*" + COLON + "\\s*(.*)$");
    }
}
