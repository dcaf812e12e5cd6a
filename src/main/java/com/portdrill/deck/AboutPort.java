package com.portdrill.deck;

import com.portdrill.catalogue.CataloguePort;
import com.portdrill.catalogue.IanaAssignment;
import com.portdrill.knowledge.PortFact;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What we know about one port, as {@link PortKnowledge#about} gives it to {@code explain}, the look-up screen and
 * any other screen that describes a port.
 *
 * @param port      the port
 * @param facts     the knowledge base's rows about it (alone or in a group), the way it is taught
 * @param names     the names a card about it accepts, the shown one first
 * @param catalogue the documents' record and its verdict, where the documents hold the port
 * @param iana      IANA's rows for the port
 */
public record AboutPort(int port, List<PortFact> facts, List<String> names, Optional<CataloguePort> catalogue,
                        List<IanaAssignment> iana) {
    public AboutPort {
        facts = List.copyOf(facts);
        names = List.copyOf(names);
        Objects.requireNonNull(catalogue, "catalogue");
        iana = List.copyOf(iana);
    }

    /** Whether the port's common use is a convention IANA does not register (Oracle on 1521). */
    public boolean unregistered() {
        return facts.stream().anyMatch(f -> !f.registered());
    }
}
