package com.portdrill.catalogue;

import java.util.Objects;

/** A catalogue port: what the documents say and how it compares with IANA. */
public record CataloguePort(PortRecord record, Assessment assessment) {
    public CataloguePort {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(assessment, "assessment");
    }

    public int port() {
        return record.port();
    }
}
