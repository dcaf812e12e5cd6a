package com.portdrill.deck;

/** What a card shows and what it asks for. */
public enum Direction {
    /** Shows a port, asks for its service. */
    PORT_TO_SERVICE,
    /** Shows a service, asks for its port (all the ports of a group). */
    SERVICE_TO_PORT,
    /** Shows a description with the service's name hidden, asks for the port. */
    DESCRIPTION_TO_PORT,
    /** Shows a trojan or backdoor program, asks for the port it opens. */
    TROJAN_TO_PORT;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
