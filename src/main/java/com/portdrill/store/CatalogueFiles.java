package com.portdrill.store;

import com.portdrill.catalogue.Catalogue;
import com.portdrill.catalogue.Document;
import com.portdrill.catalogue.DocumentParser;

import java.util.Set;
import java.util.TreeSet;

/** Loads the catalogue from the resources built into portdrill: the two documents, verdicts, aliases and IANA. */
public final class CatalogueFiles {
    static final String DOCUMENTS = "catalogue/";
    static final String VERDICTS = "facts/verdicts.tsv";
    static final String ALIASES = "facts/aliases.txt";

    private CatalogueFiles() {
    }

    /** The catalogue; IANA rows beyond the catalogue's own ports are read only when asked for. */
    public static Catalogue load() {
        String en = Resources.text(DOCUMENTS + Document.EN.fileName());
        String zh = Resources.text(DOCUMENTS + Document.ZH.fileName());
        Set<Integer> ports = new TreeSet<>(DocumentParser.parse(Document.EN, en).ports());
        ports.addAll(DocumentParser.parse(Document.ZH, zh).ports());
        return Catalogue.build(en, zh, Resources.text(VERDICTS), Resources.text(ALIASES), IanaFiles.registry(ports));
    }
}
