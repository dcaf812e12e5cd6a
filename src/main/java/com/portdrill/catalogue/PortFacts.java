package com.portdrill.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What portdrill knows about one port, gathered in one place: the documents' record and verdict (when they hold
 * the port) and IANA's rows. {@code explain} and {@code scan} both read a port through here, so that whatever the
 * knowledge behind it becomes, every command that describes a port says the same thing.
 *
 * @param port      the port, 0–65535
 * @param documents the catalogue port (the documents' words and the verdict), or empty where neither document holds it
 * @param iana      IANA's rows for the port, every protocol, tcp before udp
 */
public record PortFacts(int port, Optional<CataloguePort> documents, List<IanaAssignment> iana) {
    public PortFacts {
        Objects.requireNonNull(documents, "documents");
        iana = List.copyOf(iana);
    }

    public static PortFacts of(Catalogue catalogue, int port) {
        return new PortFacts(port, catalogue.port(port), catalogue.iana().byPort(port));
    }

    /** The verdict on the documents' claim, or empty where no document holds the port. */
    public Optional<Verdict> verdict() {
        return documents.map(p -> p.assessment().verdict());
    }

    /** The service as the document in {@code lang} names it, else as the other one does; null for [NULL] or no document. */
    public String service(Document lang) {
        if (documents.isEmpty()) {
            return null;
        }
        PortRecord r = documents.get().record();
        return lang == Document.ZH && r.serviceZh() != null ? r.serviceZh() : r.service();
    }

    /** The documents' description in {@code lang}, else in the other language; null where neither describes it. */
    public String description(Document lang) {
        if (documents.isEmpty()) {
            return null;
        }
        PortRecord r = documents.get().record();
        String own = r.description(lang);
        return own != null ? own : r.description(lang == Document.EN ? Document.ZH : Document.EN);
    }

    /** IANA's named registrations of the port on one protocol ({@code tcp}, {@code udp}); empty where it assigns none. */
    public List<IanaAssignment> iana(String protocol) {
        return iana.stream().filter(a -> a.protocol().equals(protocol) && !a.name().isEmpty()).toList();
    }
}
