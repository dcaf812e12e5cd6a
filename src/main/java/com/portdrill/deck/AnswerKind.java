package com.portdrill.deck;

/** What a card's answer is, and so how a typed answer is judged. */
public enum AnswerKind {
    /** One or more port numbers; a group answer needs all of them, in any order. */
    PORTS,
    /** A service name; any accepted name or alias counts. */
    SERVICE,
    /** TCP, UDP or both, judged strictly: the transport is what is asked. */
    TRANSPORT,
    /** A name (a protocol and the side it is on, a port range, a counterpart), optionally with its ports. */
    NAME,
    /** An IP protocol number (the IP header's protocol field), never a port. */
    PROTOCOL_NUMBER,
    /** A set of ports in any order, with other sets that are also right written in the accepted answers. */
    PORT_SET;

    /** Whether {@link Card#answerPorts()} holds the answer, rather than {@link Card#acceptedAnswers()}. */
    public boolean answeredByPorts() {
        return this == PORTS || this == PORT_SET;
    }
}
