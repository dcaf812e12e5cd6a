package com.portdrill.deck;

import com.portdrill.catalogue.Aliases;
import com.portdrill.catalogue.Assessment;
import com.portdrill.catalogue.CataloguePort;
import com.portdrill.catalogue.Document;
import com.portdrill.catalogue.IanaAssignment;
import com.portdrill.catalogue.IanaRegistry;
import com.portdrill.catalogue.PortRecord;
import com.portdrill.catalogue.Verdict;
import com.portdrill.text.Fold;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything known about a port, merged from the catalogue, IANA and the reviewed deck data, so that
 * every card about the same port says the same thing whichever deck holds it.
 */
final class PortKnowledge {
    private final Map<Integer, CataloguePort> catalogue = new TreeMap<>();
    private final IanaRegistry iana;
    private final Aliases aliases;
    private final DeckData data;

    PortKnowledge(List<CataloguePort> ports, IanaRegistry iana, Aliases aliases, DeckData data) {
        for (CataloguePort p : ports) {
            catalogue.putIfAbsent(p.port(), p);
        }
        this.iana = iana;
        this.aliases = aliases;
        this.data = data;
    }

    Optional<CataloguePort> catalogued(int port) {
        return Optional.ofNullable(catalogue.get(port));
    }

    /** Catalogue ports in ascending order, whatever order they came in. */
    List<CataloguePort> cataloguePorts() {
        return List.copyOf(catalogue.values());
    }

    DeckData data() {
        return data;
    }

    /** Every port any card may be about: the catalogue's and the exam objectives'. */
    Set<Integer> knownPorts() {
        Set<Integer> ports = new TreeSet<>(catalogue.keySet());
        data.exam().forEach(e -> ports.addAll(e.ports()));
        return ports;
    }

    /**
     * The names that answer "which service is on this port?", the shown one first. The document's own
     * name counts only where IANA agrees with it, so a learner is never told a wrong name is right.
     */
    List<String> acceptedNames(int port) {
        Map<String, String> names = new LinkedHashMap<>();
        data.namesOf(port).forEach(n -> add(names, n));
        for (ExamEntry e : data.exam()) {
            if (e.ports().contains(port)) {
                add(names, e.name());
                e.aliases().forEach(a -> add(names, a));
            }
        }
        catalogued(port).filter(PortKnowledge::documentNameIsTrue).ifPresent(c -> {
            documentNameForms(c.record().service()).forEach(n -> add(names, n));
            documentNameForms(c.record().serviceZh()).forEach(n -> add(names, n));
        });
        // Aliases are expanded from IANA's own name for the port only: expanding a loose name such as
        // "DHCP" would make the server's names right for the client's port.
        for (IanaAssignment a : iana.byPort(port)) {
            add(names, a.name());
            if (a.name() != null && !a.name().isBlank()) {
                aliases.namesFor(a.name()).forEach(n -> add(names, n));
            }
        }
        return List.copyOf(names.values());
    }

    /** Whether a port→service card can be asked: some name for the port is known to be true. */
    boolean hasTrueName(int port) {
        return !data.namesOf(port).isEmpty()
                || data.exam().stream().anyMatch(e -> e.ports().contains(port))
                || catalogued(port).filter(PortKnowledge::documentNameIsTrue).isPresent();
    }

    /** The name shown for the port's service, where {@link #hasTrueName} holds. */
    Optional<String> shownName(int port) {
        List<String> names = acceptedNames(port);
        return hasTrueName(port) && !names.isEmpty() ? Optional.of(names.get(0)) : Optional.empty();
    }

    static boolean documentNameIsTrue(CataloguePort c) {
        Verdict v = c.assessment().verdict();
        return c.record().service() != null && (v == Verdict.AGREES || v == Verdict.ALIAS);
    }

    /**
     * The forms of a document's service name a learner may type: the whole name, each comma-separated part,
     * the part before a parenthesis and the abbreviation inside it ({@code Domain Name Server (DNS)} → {@code DNS}).
     */
    static List<String> documentNameForms(String service) {
        List<String> forms = new ArrayList<>();
        if (service == null || service.isBlank()) {
            return forms;
        }
        String s = Fold.width(service).strip();
        forms.add(s);
        for (String part : s.split("[,、]")) {
            String p = part.strip();
            int open = p.indexOf('(');
            int close = p.indexOf(')', open + 1);
            if (open > 0 && close > open) {
                forms.add(p.substring(open + 1, close).strip());
                forms.add(p.substring(0, open).strip());
            }
            forms.add(p);
        }
        forms.removeIf(f -> Fold.compact(f).isEmpty());
        return forms;
    }

    private static void add(Map<String, String> names, String name) {
        if (name != null && !Fold.compact(name).isEmpty()) {
            names.putIfAbsent(Fold.compact(name), name.strip());
        }
    }

    /** The one line IANA's registry gives for the ports, e.g. {@code 53 domain (tcp/udp): Domain Name Server}. */
    String ianaLine(List<Integer> ports) {
        List<String> lines = new ArrayList<>();
        for (int port : ports) {
            Map<String, List<String>> protocolsByName = new LinkedHashMap<>();
            Map<String, String> descriptionByName = new LinkedHashMap<>();
            for (IanaAssignment a : iana.byPort(port)) {
                String name = a.name() == null || a.name().isBlank() ? "(no name)" : a.name();
                protocolsByName.computeIfAbsent(name, k -> new ArrayList<>()).add(a.protocol());
                descriptionByName.putIfAbsent(name, a.description());
            }
            if (protocolsByName.isEmpty()) {
                lines.add(port + ": no IANA assignment");
            }
            protocolsByName.forEach((name, protocols) -> {
                String description = descriptionByName.get(name);
                lines.add(port + " " + name + " (" + String.join("/", protocols) + ")"
                        + (description == null || description.isBlank() ? "" : ": " + description));
            });
        }
        return String.join("; ", lines);
    }

    /** What is shown after any card about these ports: the same for every card on the same ports. */
    Explanation explanation(List<Integer> ports) {
        Set<Document> sources = EnumSet.noneOf(Document.class);
        Set<String> services = new LinkedHashSet<>();
        Set<String> corrections = new LinkedHashSet<>();
        Set<String> correctionsZh = new LinkedHashSet<>();
        String descriptionEn = null;
        String descriptionZh = null;
        Verdict verdict = Verdict.AGREES;
        for (int port : ports) {
            Optional<CataloguePort> c = catalogued(port);
            if (c.isEmpty()) {
                continue;
            }
            PortRecord r = c.get().record();
            Assessment a = c.get().assessment();
            sources.addAll(r.sources());
            if (r.service() != null) {
                services.add(r.service());
            }
            descriptionEn = descriptionEn == null ? r.descriptionEn() : descriptionEn;
            descriptionZh = descriptionZh == null ? r.descriptionZh() : descriptionZh;
            verdict = worse(verdict, a.verdict());
            if (a.hasCorrection()) {
                corrections.add(a.correctionEn());
                if (a.correctionZh() != null && !a.correctionZh().isBlank()) {
                    correctionsZh.add(a.correctionZh());
                }
            } else if (a.verdict() == Verdict.DISAGREES) {
                corrections.add(claimCorrectionEn(port, r.service()));
                correctionsZh.add(claimCorrectionZh(port, r.service()));
            }
        }
        Set<String> notesEn = new LinkedHashSet<>();
        Set<String> notesZh = new LinkedHashSet<>();
        for (ExamEntry e : data.exam()) {
            if (e.ports().stream().anyMatch(ports::contains)) {
                notesEn.add(e.noteEn());
                notesZh.add(e.noteZh());
            }
        }
        return new Explanation(ports, services.isEmpty() ? null : String.join(" / ", services), descriptionEn,
                descriptionZh, sources, ianaLine(ports), verdict, joinOrNull(corrections, " "),
                joinOrNull(correctionsZh, ""), joinOrNull(notesEn, " "), joinOrNull(notesZh, ""));
    }

    /** Said where the catalogue marks a port as wrong but carries no correction of its own. */
    private String claimCorrectionEn(int port, String claimed) {
        List<String> names = acceptedNames(port);
        return "The documents name " + (claimed == null ? "no service" : "\"" + claimed + "\"") + " for port " + port
                + "; IANA assigns it to " + (names.isEmpty() ? "no service" : names.get(0)) + ".";
    }

    private String claimCorrectionZh(int port, String claimed) {
        List<String> names = acceptedNames(port);
        return "文档称端口 " + port + " 是" + (claimed == null ? "空服务" : "“" + claimed + "”") + "；IANA 把它分配给 "
                + (names.isEmpty() ? "无" : names.get(0)) + "。";
    }

    private static Verdict worse(Verdict a, Verdict b) {
        return severity(b) > severity(a) ? b : a;
    }

    private static int severity(Verdict v) {
        switch (v) {
            case DISAGREES:
                return 3;
            case UNOFFICIAL:
                return 2;
            case ALIAS:
                return 1;
            default:
                return 0;
        }
    }

    private static String joinOrNull(Set<String> parts, String separator) {
        return parts.isEmpty() ? null : String.join(separator, parts);
    }
}
