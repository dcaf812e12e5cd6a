package com.portdrill.catalogue;

import com.portdrill.text.Coded;

/** How a document's claim about a port compares with the IANA registry. */
public enum Verdict implements Coded {
    /** The document names the service IANA assigns to this port. */
    AGREES,
    /** The document uses an old or other name for the service IANA assigns here. */
    ALIAS,
    /** The document names a service IANA assigns to another port, a wrong protocol, or makes a wrong claim. */
    DISAGREES,
    /** A trojan, backdoor or unregistered use that IANA does not record. */
    UNOFFICIAL;
}
