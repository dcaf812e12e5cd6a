package com.portdrill.store;

import com.portdrill.catalogue.Catalogue;
import com.portdrill.catalogue.CatalogueTexts;
import com.portdrill.catalogue.Document;

/** Loads the catalogue from the resources built into portdrill: the two documents, verdicts, aliases and IANA. */
public final class CatalogueFiles {
    static final String DOCUMENTS = "catalogue/";
    static final String VERDICTS = "facts/verdicts.tsv";
    static final String ALIASES = "facts/aliases.txt";
    static final String TYPOS = "facts/typos.tsv";

    private CatalogueFiles() {
    }

    /** The catalogue; IANA rows beyond the catalogue's own ports are read only when asked for. */
    public static Catalogue load() {
        String en = Resources.text(DOCUMENTS + Document.EN.fileName());
        String zh = Resources.text(DOCUMENTS + Document.ZH.fileName());
        return Catalogue.build(new CatalogueTexts(en, zh, Resources.text(VERDICTS), Resources.text(ALIASES), Resources.text(TYPOS)),
                IanaFiles::registry);
    }
}
