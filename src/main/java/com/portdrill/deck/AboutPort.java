package com.portdrill.deck;

import com.portdrill.catalogue.CataloguePort;
import com.portdrill.catalogue.Document;
import com.portdrill.catalogue.IanaAssignment;
import com.portdrill.catalogue.PortRecord;
import com.portdrill.catalogue.Verdict;
import com.portdrill.i18n.Lang;
import com.portdrill.knowledge.PortFact;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What we know about one port, as {@link PortKnowledge#about} gives it to {@code explain}, the look-up screen and
 * any other screen that describes a port ({@code scan} explains every port it finds through here too).
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

    /** The verdict on the documents' claim, or empty where no document holds the port. */
    public Optional<Verdict> verdict() {
        return catalogue.map(p -> p.assessment().verdict());
    }

    /** The name we teach for the port, or empty where the knowledge base does not teach it. */
    public Optional<String> taughtName() {
        return facts.stream().map(PortFact::name).findFirst();
    }

    /** The service as the document in {@code lang} names it, else as the other one does; null for [NULL] or no document. */
    public String service(Lang lang) {
        return catalogue.map(c -> c.record().service(lang)).orElse(null);
    }

    /** The documents' description in {@code lang}, else in the other language; null where neither describes it. */
    public String description(Lang lang) {
        if (catalogue.isEmpty()) {
            return null;
        }
        PortRecord r = catalogue.get().record();
        String own = r.description(Document.in(lang));
        return own != null ? own : r.description(Document.in(lang.other()));
    }

    /** IANA's named registrations of the port on one protocol ({@code tcp}, {@code udp}); empty where it assigns none. */
    public List<IanaAssignment> iana(String protocol) {
        return iana.stream().filter(a -> a.protocol().equals(protocol) && !a.name().isEmpty()).toList();
    }
}
