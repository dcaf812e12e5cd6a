package com.portdrill.scan;

import com.portdrill.catalogue.CataloguePort;
import com.portdrill.deck.AboutPort;
import com.portdrill.catalogue.Verdict;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Explains each open port: its facts (through the same look-up {@code explain} makes, kept once per port so a
 * million rows cost a million array reads) and its flags, from {@code scan/flags.tsv}, the documents' verdict and
 * IANA's registry. Nothing about a particular port is decided here.
 */
public final class ScanJudge {
    private final IntFunction<AboutPort> lookUp;
    private final ScanFlags flags;
    private final AboutPort[] facts = new AboutPort[65536];
    /** Flags depend on the port, the transport and whether it is on loopback alone: four lists a port at most. */
    @SuppressWarnings("unchecked")
    private final List<FlagNote>[] flagged = new List[65536 * 4];

    /** @param lookUp the port's facts, e.g. {@code port -> AboutPort.of(catalogue, port)} */
    public ScanJudge(IntFunction<AboutPort> lookUp, ScanFlags flags) {
        this.lookUp = lookUp;
        this.flags = flags;
    }

    public ScanRow judge(Listener l) {
        AboutPort f = facts[l.port()];
        if (f == null) {
            f = lookUp.apply(l.port());
            facts[l.port()] = f;
        }
        boolean loopback = l.reach() == Reach.LOOPBACK;
        int key = (l.port() * 2 + l.transport().ordinal()) * 2 + (loopback ? 1 : 0);
        List<FlagNote> notes = flagged[key];
        if (notes == null) {
            notes = flags(l.port(), l.transport(), loopback, f);
            flagged[key] = notes;
        }
        return new ScanRow(l, f, notes);
    }

    private List<FlagNote> flags(int port, Transport transport, boolean loopback, AboutPort f) {
        List<FlagNote> found = new ArrayList<>(2);
        for (FlagNote n : flags.of(port, transport)) {
            if (n.flag() == Flag.CLEARTEXT || !loopback) {
                found.add(n);
            }
        }
        if (f.verdict().filter(v -> v == Verdict.UNOFFICIAL).isPresent()) {
            CataloguePort p = f.catalogue().orElseThrow();
            found.add(new FlagNote(Flag.TROJAN, p.record().descriptionEn(), p.record().descriptionZh(), p.assessment().source()));
        }
        if (f.iana(transport.code()).isEmpty()) {
            found.add(new FlagNote(Flag.UNREGISTERED, null, null, "IANA Service Name and Transport Protocol Port Number Registry"));
        } else {
            f.facts().stream().filter(fact -> !fact.registered()).findFirst().ifPresent(fact -> found.add(new FlagNote(
                    Flag.UNREGISTERED, fact.name(), fact.name(), fact.source())));
        }
        found.sort((a, b) -> a.flag().compareTo(b.flag()));
        return List.copyOf(found);
    }
}
