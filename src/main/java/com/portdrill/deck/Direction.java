package com.portdrill.deck;

import com.portdrill.text.Coded;

import java.util.Optional;

/** What a card shows and what it asks for: the kind of question, which {@code --kind} chooses. */
public enum Direction implements Coded {
    /** Shows a port, asks for its service. */
    PORT_TO_SERVICE,
    /** Shows a service, asks for its port (all the ports of a group). */
    SERVICE_TO_PORT,
    /** Shows a description with the service's name hidden, asks for the port. */
    DESCRIPTION_TO_PORT,
    /** Shows a trojan or backdoor program, asks for the port it opens. */
    TROJAN_TO_PORT,
    /** Asks what a service runs over (TCP, UDP or both), or which of some ports run over UDP. */
    TRANSPORT,
    /** Asks the secure counterpart of a service, or what a secure service is the secure form of. */
    COUNTERPART,
    /** Asks which range (RFC 6335, or an operating system's ephemeral range) a port falls in. */
    RANGE,
    /** Asks the whole set of ports a job needs. */
    JOB,
    /** A firewall rule or a fault to find: which port. */
    SCENARIO,
    /** Asks a protocol's IP protocol number. */
    PROTOCOL_NUMBER,
    /** Shows a line of {@code ss}, {@code netstat} or a capture, asks the protocol and the side. */
    READ_LINE,
    /** Asks which of some ports send credentials in clear. */
    IN_CLEAR;

    /** The recall of a pair, as every card asked before the exam-style kinds. */
    public boolean recall() {
        return ordinal() <= TROJAN_TO_PORT.ordinal();
    }

    /** The kind a {@code --kind} word names ({@code transport}, {@code port-to-service} …), if any. */
    public static Optional<Direction> ofCode(String code) {
        return Coded.of(values(), code);
    }
}
