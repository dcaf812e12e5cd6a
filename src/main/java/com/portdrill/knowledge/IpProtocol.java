package com.portdrill.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One row of {@code knowledge/protocols.tsv}: an IP protocol number (the IPv4 Protocol field) learners are asked.
 *
 * @param number     0–255
 * @param name       the abbreviation learners use
 * @param fullName   the name written out
 * @param otherNames other names accepted
 * @param namesZh    the names Chinese learners use
 * @param tiers      the decks that teach it
 * @param purposeEn  what it is for
 * @param purposeZh  the same in Chinese
 * @param source     IANA's protocol-numbers row, RFC, objective
 */
public record IpProtocol(int number, String name, String fullName, List<String> otherNames, List<String> namesZh,
                         Set<Tier> tiers, String purposeEn, String purposeZh, String source) {
    public IpProtocol {
        Objects.requireNonNull(name, "name");
        otherNames = List.copyOf(otherNames);
        namesZh = List.copyOf(namesZh);
        tiers = Set.copyOf(tiers);
        if (number < 0 || number > 255) {
            throw new IllegalArgumentException("an IP protocol number is 0-255: " + number);
        }
    }
}
