package com.portdrill.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One row of {@code knowledge/ports.tsv}: a port, or a group of ports taught together, and what a learner is taught
 * about it.
 *
 * @param ports       ascending; a group such as DHCP's 67/68 is asked for together
 * @param name        the name learners use, shown on cards
 * @param askedAs     how a service→port question names it; names the convention where two exist
 * @param fullName    the name written out
 * @param otherNames  every other name a fair examiner accepts, objective wordings included
 * @param namesZh     the names Chinese learners use
 * @param transport   what it runs over in practice
 * @param registered  false where the common use is a convention IANA does not register
 * @param counterpart the ports of its secure or insecure counterpart (empty where it has none)
 * @param inClear     whether credentials cross in clear
 * @param family      what it is for
 * @param tiers       the decks that teach it
 * @param purposeEn   what it is for, in one line
 * @param purposeZh   the same in Chinese
 * @param source      where the facts come from: IANA rows, RFCs, objective documents and numbers
 * @param hookEn      a short memory hook, or null where none helps
 * @param hookZh      the same in Chinese, or null
 */
public record PortFact(List<Integer> ports, String name, String askedAs, String fullName, List<String> otherNames,
                       List<String> namesZh, Transport transport, boolean registered, List<Integer> counterpart,
                       InClear inClear, Family family, Set<Tier> tiers, String purposeEn, String purposeZh,
                       String source, String hookEn, String hookZh) {
    public PortFact {
        ports = List.copyOf(ports);
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(askedAs, "askedAs");
        otherNames = List.copyOf(otherNames);
        namesZh = List.copyOf(namesZh);
        counterpart = List.copyOf(counterpart);
        tiers = Set.copyOf(tiers);
        if (ports.isEmpty()) {
            throw new IllegalArgumentException("a port fact needs a port: " + name);
        }
    }

    /** Every name it answers to, the shown one first. */
    public List<String> names() {
        List<String> all = new ArrayList<>();
        all.add(name);
        all.add(fullName);
        all.addAll(otherNames);
        all.addAll(namesZh);
        return all;
    }

    public boolean teachesIn(Tier tier) {
        return tiers.contains(tier);
    }
}
