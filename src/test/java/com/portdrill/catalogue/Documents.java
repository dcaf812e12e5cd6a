package com.portdrill.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The real documents and data files, read from the classpath for tests. */
final class Documents {
    private Documents() {
    }

    static String text(String path) {
        try (InputStream in = Documents.class.getResourceAsStream("/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String en() {
        return text("catalogue/" + Document.EN.fileName());
    }

    static String zh() {
        return text("catalogue/" + Document.ZH.fileName());
    }

    static ParsedDocument parsedEn() {
        return DocumentParser.parse(Document.EN, en());
    }

    static ParsedDocument parsedZh() {
        return DocumentParser.parse(Document.ZH, zh());
    }
}
