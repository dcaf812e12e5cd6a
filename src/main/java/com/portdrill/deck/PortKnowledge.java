package com.portdrill.deck;

import com.portdrill.catalogue.Aliases;
import com.portdrill.catalogue.Assessment;
import com.portdrill.catalogue.Catalogue;
import com.portdrill.catalogue.CataloguePort;
import com.portdrill.catalogue.Document;
import com.portdrill.catalogue.IanaAssignment;
import com.portdrill.catalogue.IanaRegistry;
import com.portdrill.catalogue.PortRecord;
import com.portdrill.catalogue.Verdict;
import com.portdrill.knowledge.PortFact;
import com.portdrill.knowledge.TrojanClaim;
import com.portdrill.port.PortQuery;
import com.portdrill.text.EditDistance;
import com.portdrill.text.Fold;

import java.util.ArrayList;
import java.util.Comparator;
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
 * Everything known about a port, merged from the catalogue, IANA and the reviewed knowledge base, so that every
 * card, explanation and look-up about the same port says the same thing.
 */
public final class PortKnowledge {
    private static final int SUGGESTIONS = 3;

    private final Map<Integer, CataloguePort> catalogue = new TreeMap<>();
    private final IanaRegistry iana;
    private final Aliases aliases;
    private final DeckData data;

    public PortKnowledge(List<CataloguePort> ports, IanaRegistry iana, Aliases aliases, DeckData data) {
        for (CataloguePort p : ports) {
            catalogue.putIfAbsent(p.port(), p);
        }
        this.iana = iana;
        this.aliases = aliases;
        this.data = data;
    }

    public static PortKnowledge of(Catalogue catalogue, DeckData data) {
        return new PortKnowledge(catalogue.ports(), catalogue.iana(), catalogue.aliases(), data);
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

    /** The knowledge base's rows about the port, alone or in a group. */
    public List<PortFact> facts(int port) {
        return data.knowledge().factsAbout(port);
    }

    /** Every port any card may be about: the catalogue's and the knowledge base's. */
    Set<Integer> knownPorts() {
        Set<Integer> ports = new TreeSet<>(catalogue.keySet());
        data.facts().forEach(f -> ports.addAll(f.ports()));
        ports.addAll(data.serviceNamesByPort().keySet());
        return ports;
    }

    /**
     * What we know about a port, for every screen that shows one: the knowledge base's rows, the names a card about
     * it accepts, the documents' record and verdict, and IANA's rows.
     */
    public AboutPort about(int port) {
        return new AboutPort(port, facts(port), acceptedNames(port), catalogued(port), iana.byPort(port));
    }

    /**
     * The names that answer "which service is on this port?", the shown one first. A port the knowledge base teaches
     * takes its names from there only: its rows are complete and reviewed, where IANA's other rows for the port
     * ({@code igmpv3lite} on 465/udp) and the documents' fragments are not. Elsewhere the document's own name counts
     * only where no reviewed name list exists and IANA agrees with it, so a learner is never told a wrong name is right.
     */
    public List<String> acceptedNames(int port) {
        Map<String, String> names = new LinkedHashMap<>();
        data.namesOf(port).forEach(n -> add(names, n));
        List<PortFact> facts = facts(port);
        facts.stream().filter(f -> f.ports().size() == 1).forEach(f -> f.names().forEach(n -> add(names, n)));
        facts.stream().filter(f -> f.ports().size() > 1).forEach(f -> f.names().forEach(n -> add(names, n)));
        if (!facts.isEmpty()) {
            return List.copyOf(names.values());
        }
        // A reviewed name list replaces the document's own wording, which may carry a typo ("ingress" for ingres).
        catalogued(port).filter(c -> data.namesOf(port).isEmpty()).filter(PortKnowledge::documentNameIsTrue).ifPresent(c -> {
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
        return !data.namesOf(port).isEmpty() || !facts(port).isEmpty()
                || catalogued(port).filter(PortKnowledge::documentNameIsTrue).isPresent();
    }

    /** The name shown for the port's service, where {@link #hasTrueName} holds. */
    public Optional<String> shownName(int port) {
        List<String> names = acceptedNames(port);
        return hasTrueName(port) && !names.isEmpty() ? Optional.of(names.get(0)) : Optional.empty();
    }

    static boolean documentNameIsTrue(CataloguePort c) {
        Verdict v = c.assessment().verdict();
        return c.record().service() != null && (v == Verdict.AGREES || v == Verdict.ALIAS);
    }

    /**
     * The forms of a document's service name a learner may type: the whole name, and where it ends in a
     * parenthesis, the part before it and the abbreviation inside ({@code Domain Name Server (DNS)} → {@code DNS}).
     * A name listing several things ({@code Macintosh, File Services (AFP/IP)}) is taken whole: its fragments are
     * not names.
     */
    static List<String> documentNameForms(String service) {
        List<String> forms = new ArrayList<>();
        if (service == null || service.isBlank()) {
            return forms;
        }
        String s = Fold.width(service).strip();
        forms.add(s);
        int open = s.indexOf('(');
        if (open > 0 && s.endsWith(")") && s.indexOf(',') < 0 && s.indexOf('、') < 0) {
            forms.add(s.substring(open + 1, s.length() - 1).strip());
            forms.add(s.substring(0, open).strip());
        }
        forms.removeIf(f -> Fold.compact(f).isEmpty());
        return forms;
    }

    private static void add(Map<String, String> names, String name) {
        if (name != null && !Fold.compact(name).isEmpty()) {
            names.putIfAbsent(Fold.compact(name), name.strip());
        }
    }

    /**
     * The ports a look-up names, the right one first: a port number in any form the answer judge takes
     * ({@code 22}, {@code 22/tcp}, {@code tcp/22}, full-width digits), or a name: the knowledge base's own name for a
     * port, then any name a card accepts, then a trojan's, then IANA's names. An unknown name gets the nearest known
     * names instead.
     */
    public LookUp lookUp(String query) {
        PortQuery read = PortQuery.read(query);
        if (read instanceof PortQuery.Numbered n) {
            return LookUp.found(List.of(n.port().number()));
        }
        if (read instanceof PortQuery.OutOfRange) {
            return LookUp.tooLarge();
        }
        String q = ((PortQuery.Named) read).name();
        String key = Fold.compact(q);
        Set<Integer> found = new LinkedHashSet<>();
        for (PortFact f : data.facts()) {
            if (Fold.compact(f.name()).equals(key) || Fold.compact(f.askedAs()).equals(key)) {
                found.addAll(f.ports());
            }
        }
        for (PortFact f : data.facts()) {
            if (f.names().stream().anyMatch(n -> Fold.compact(n).equals(key))) {
                found.addAll(f.ports());
            }
        }
        for (int port : knownPorts()) {
            if (acceptedNames(port).stream().anyMatch(n -> Fold.compact(n).equals(key))) {
                found.add(port);
            }
        }
        for (TrojanClaim t : data.trojans()) {
            if (Fold.compact(t.program()).equals(key) || Fold.compact(t.taughtAs()).equals(key)) {
                found.addAll(t.ports());
            }
        }
        if (found.isEmpty()) {
            for (String n : aliases.namesFor(q)) {
                iana.byName(n).forEach(a -> found.add(a.port()));
            }
        }
        return found.isEmpty() ? LookUp.suggest(nearest(key)) : LookUp.found(List.copyOf(found));
    }

    /** The known names nearest to an unknown one, each with its ports: {@code kerberos (88)}. */
    private List<String> nearest(String key) {
        Map<String, String> candidates = new LinkedHashMap<>();
        for (PortFact f : data.facts()) {
            String ports = Distractors.format(f.ports());
            for (String n : f.names()) {
                candidates.putIfAbsent(Fold.compact(n), n + " (" + ports + ")");
            }
        }
        for (int port : knownPorts()) {
            for (String n : acceptedNames(port)) {
                candidates.putIfAbsent(Fold.compact(n), n + " (" + port + ")");
            }
        }
        for (TrojanClaim t : data.trojans()) {
            candidates.putIfAbsent(Fold.compact(t.taughtAs()), t.taughtAs() + " (" + Distractors.format(t.ports()) + ")");
        }
        int allowed = Math.max(2, key.length() / 3);
        record Near(int distance, String shown) {
        }
        List<Near> near = new ArrayList<>();
        candidates.forEach((compact, shown) -> {
            int d = EditDistance.between(key, compact);
            if (!key.isEmpty() && d <= allowed) {
                near.add(new Near(d, shown));
            }
        });
        near.sort(Comparator.comparingInt(Near::distance).thenComparing(Near::shown));
        return near.stream().limit(SUGGESTIONS).map(Near::shown).toList();
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
        for (PortFact f : data.facts()) {
            if (f.ports().stream().anyMatch(ports::contains)) {
                notesEn.add(f.hookEn() == null ? f.purposeEn() : f.purposeEn() + " Hook: " + f.hookEn());
                notesZh.add(f.hookZh() == null ? f.purposeZh() : f.purposeZh() + "记忆：" + f.hookZh());
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
