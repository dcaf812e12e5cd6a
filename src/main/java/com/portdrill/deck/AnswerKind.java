package com.portdrill.deck;

/** Whether a card's answer is port numbers or a service name. */
public enum AnswerKind {
    /** One or more port numbers; a group answer needs all of them, in any order. */
    PORTS,
    /** A service name; any accepted name or alias counts. */
    SERVICE
}
