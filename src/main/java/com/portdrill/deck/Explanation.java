package com.portdrill.deck;

import com.portdrill.catalogue.Document;
import com.portdrill.catalogue.Verdict;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything shown after an answer, so that no deck needs the catalogue at study time.
 *
 * @param ports         the ports the card is about
 * @param service       the service as the documents name it (null for {@code [NULL]})
 * @param descriptionEn the English document's description, or null
 * @param descriptionZh the Chinese document's description, or null
 * @param sources       which documents hold the port (empty for a port from IANA only)
 * @param iana          IANA's assignment in one line, e.g. {@code tcp/udp 53 domain — Domain Name Server}
 * @param verdict       how the documents compare with IANA
 * @param correctionEn  what is right where the documents are wrong (null where they are right)
 * @param correctionZh  the same in Chinese
 * @param noteEn        a short note of our own (for ports the documents lack), or null
 * @param noteZh        the same in Chinese
 */
public record Explanation(List<Integer> ports, String service, String descriptionEn, String descriptionZh,
                          Set<Document> sources, String iana, Verdict verdict, String correctionEn,
                          String correctionZh, String noteEn, String noteZh) {
    public Explanation {
        ports = List.copyOf(ports);
        sources = Set.copyOf(sources);
        Objects.requireNonNull(verdict, "verdict");
    }
}
