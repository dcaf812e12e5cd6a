package com.portdrill.catalogue;

import com.portdrill.port.Port;
import com.portdrill.i18n.Lang;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One port as the documents describe it, merged across both documents.
 *
 * @param port          the port number, 0–65535
 * @param service       the service the English document names for this port (the Chinese one's where only
 *                      it holds the port); null where the document says {@code [NULL]}
 * @param serviceZh     the service as the Chinese document writes it, or null where it lacks the port or says {@code [NULL]}
 * @param entry         every port of the document entry this port came from, in document order (one port for most)
 * @param sources       which documents hold this port
 * @param descriptionEn the English document's description, joined as a reader reads it; null where absent
 * @param descriptionZh the Chinese document's description, joined as a reader reads it; null where absent
 */
public record PortRecord(int port, String service, String serviceZh, List<Integer> entry, Set<Document> sources,
                         String descriptionEn, String descriptionZh) {
    public PortRecord {
        Port.check(port);
        entry = List.copyOf(entry);
        sources = Set.copyOf(Objects.requireNonNull(sources, "sources"));
    }

    /** The description in the given document, or null where that document lacks it. */
    public String description(Document document) {
        return document == Document.EN ? descriptionEn : descriptionZh;
    }

    /** The service as the document in {@code lang} writes it, else as the other one does; null for [NULL]. */
    public String service(Lang lang) {
        return lang == Lang.ZH && serviceZh != null ? serviceZh : service;
    }
}
