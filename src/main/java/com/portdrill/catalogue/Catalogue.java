package com.portdrill.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The bilingual catalogue: every port the two documents hold, merged, each with its verdict against
 * IANA; what the parser skipped or repaired; and the IANA registry for ports the documents lack.
 */
public final class Catalogue {
    private final Map<Integer, CataloguePort> ports;
    private final List<Diagnostic> diagnostics;
    private final ParsedDocument english;
    private final ParsedDocument chinese;
    private final IanaRegistry iana;
    private final Aliases aliases;

    private Catalogue(Map<Integer, CataloguePort> ports, List<Diagnostic> diagnostics, ParsedDocument english,
                      ParsedDocument chinese, IanaRegistry iana, Aliases aliases) {
        this.ports = ports;
        this.diagnostics = diagnostics;
        this.english = english;
        this.chinese = chinese;
        this.iana = iana;
        this.aliases = aliases;
    }

    /**
     * Builds the catalogue from the texts of the two documents and of the reviewed data (verdicts, aliases, typos).
     * {@code ianaFor} gets the catalogue's ports, so that a caller can read just those rows up front.
     *
     * @throws IllegalArgumentException when a catalogue port has no reviewed verdict, or a verdict names a port no document holds
     */
    public static Catalogue build(CatalogueTexts texts, Function<Set<Integer>, IanaRegistry> ianaFor) {
        ParsedDocument en = DocumentParser.parse(Document.EN, texts.english());
        ParsedDocument zh = DocumentParser.parse(Document.ZH, texts.chinese());
        CatalogueMerge.Result merged = CatalogueMerge.merge(en, zh);
        Set<Integer> catalogued = new TreeSet<>();
        merged.records().forEach(r -> catalogued.add(r.port()));
        IanaRegistry iana = ianaFor.apply(Set.copyOf(catalogued));
        ReviewedVerdicts verdicts = ReviewedVerdicts.parse(texts.verdicts(), iana);
        Map<Integer, CataloguePort> ports = new TreeMap<>();
        for (PortRecord record : merged.records()) {
            Assessment assessment = verdicts.forPort(record.port()).orElseThrow(() ->
                    new IllegalArgumentException("port " + record.port() + " has no reviewed verdict in the verdicts data"));
            ports.put(record.port(), new CataloguePort(record, assessment));
        }
        for (int port : verdicts.ports()) {
            if (!ports.containsKey(port)) {
                throw new IllegalArgumentException("the verdicts data gives port " + port + ", which no document holds");
            }
        }
        List<Diagnostic> diagnostics = new ArrayList<>(en.diagnostics());
        diagnostics.addAll(zh.diagnostics());
        diagnostics.addAll(merged.diagnostics());
        KnownTypos typos = KnownTypos.parse(texts.typos());
        diagnostics.addAll(typos.in(en));
        diagnostics.addAll(typos.in(zh));
        return new Catalogue(ports, List.copyOf(diagnostics), en, zh, iana, Aliases.parse(texts.aliases()));
    }

    /** Every catalogue port, sorted by port number. */
    public List<CataloguePort> ports() {
        return List.copyOf(ports.values());
    }

    public Optional<CataloguePort> port(int port) {
        return Optional.ofNullable(ports.get(port));
    }

    /** What the parser skipped, repaired or noticed, English document first, in line order. */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public IanaRegistry iana() {
        return iana;
    }

    public Aliases aliases() {
        return aliases;
    }

    /** One document as parsed: its entries in order. */
    public ParsedDocument document(Document document) {
        return document == Document.EN ? english : chinese;
    }

    /**
     * The ports a service name or alias stands for ({@code ssh}, {@code DNS}, {@code Domain Name System}):
     * IANA's assignments for every name of the service, then catalogue ports whose documents name it; sorted.
     */
    public List<Integer> portsForService(String name) {
        Set<Integer> found = new TreeSet<>();
        for (String n : aliases.namesFor(name)) {
            iana.byName(n).forEach(a -> found.add(a.port()));
        }
        for (CataloguePort p : ports.values()) {
            String service = p.record().service();
            if (service != null && aliases.same(service, name)) {
                found.add(p.port());
            }
        }
        return List.copyOf(found);
    }
}
