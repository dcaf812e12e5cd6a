package com.portdrill.catalogue;

import com.portdrill.text.EditDistance;
import com.portdrill.text.Fold;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Merges the English and Chinese documents into one record per port, noting where they disagree with each other. */
final class CatalogueMerge {
    private static final int TYPO_DISTANCE = 2;

    private CatalogueMerge() {
    }

    record Result(List<PortRecord> records, List<Diagnostic> diagnostics) {
    }

    static Result merge(ParsedDocument en, ParsedDocument zh) {
        Map<Integer, Entry> enByPort = byPort(en);
        Map<Integer, Entry> zhByPort = byPort(zh);
        Set<Integer> ports = new TreeSet<>(enByPort.keySet());
        ports.addAll(zhByPort.keySet());
        List<PortRecord> records = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int port : ports) {
            Entry e = enByPort.get(port);
            Entry z = zhByPort.get(port);
            Set<Document> sources = EnumSet.noneOf(Document.class);
            if (e != null) {
                sources.add(Document.EN);
            }
            if (z != null) {
                sources.add(Document.ZH);
            }
            String enService = e == null ? null : e.serviceFor(port);
            String zhService = z == null ? null : z.serviceFor(port);
            records.add(new PortRecord(port, e != null ? enService : zhService, zhService, (e != null ? e : z).ports(),
                    sources, e == null ? null : e.description(), z == null ? null : z.description()));
            if (e == null || z == null) {
                Entry only = e != null ? e : z;
                Document holder = e != null ? Document.EN : Document.ZH;
                Document lacking = e != null ? Document.ZH : Document.EN;
                diagnostics.add(new Diagnostic(holder, only.line(), Diagnostic.Kind.ONE_DOCUMENT_ONLY, String.valueOf(port),
                        "port " + port + " is only in the " + name(holder) + " document; the " + name(lacking) + " one lacks it"));
            } else if (misspelt(enService, zhService)) {
                diagnostics.add(new Diagnostic(Document.ZH, z.line(), Diagnostic.Kind.SPELLING_DIFFERS, zhService,
                        "the English document writes \"" + enService + "\"; one of the two is misspelt"));
            }
        }
        return new Result(records, diagnostics);
    }

    /** Close but not equal once case, width and punctuation are folded: a typo, not a translation. */
    private static boolean misspelt(String a, String b) {
        if (a == null || b == null || Objects.equals(Fold.compact(a), Fold.compact(b))) {
            return false;
        }
        int distance = EditDistance.between(Fold.compact(a), Fold.compact(b));
        return distance <= TYPO_DISTANCE;
    }

    private static Map<Integer, Entry> byPort(ParsedDocument doc) {
        Map<Integer, Entry> map = new TreeMap<>();
        for (Entry entry : doc.entries()) {
            entry.ports().forEach(p -> map.putIfAbsent(p, entry));
        }
        return map;
    }

    private static String name(Document d) {
        return d == Document.EN ? "English" : "Chinese";
    }
}
