package com.portdrill.catalogue;

import com.portdrill.text.TsvRow;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Misspellings the documents are known to have ({@code Trival}, {@code natstat}, {@code H.233}), read from
 * reviewed data: {@code as written, should read, source} per line. The text stays as written; each
 * occurrence is reported so that a reader knows which spelling is right.
 */
final class KnownTypos {
    private record Typo(String written, String right, String source, Pattern pattern) {
    }

    private final List<Typo> typos;

    private KnownTypos(List<Typo> typos) {
        this.typos = typos;
    }

    static KnownTypos parse(String text) {
        List<Typo> typos = new ArrayList<>();
        for (TsvRow row : TsvRow.read(text)) {
            if (row.size() != 3 || row.cell(0).isEmpty() || row.cell(1).isEmpty()) {
                throw new IllegalArgumentException("typos line " + row.line() + ": expected: as written, should read, source");
            }
            Pattern word = Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(row.cell(0)) + "(?![A-Za-z0-9])");
            typos.add(new Typo(row.cell(0), row.cell(1), row.cell(2), word));
        }
        return new KnownTypos(List.copyOf(typos));
    }

    /** One diagnostic per known misspelling in an entry's service line or description. */
    List<Diagnostic> in(ParsedDocument doc) {
        List<Diagnostic> found = new ArrayList<>();
        for (Entry entry : doc.entries()) {
            String text = entry.serviceLine() + "\n" + (entry.description() == null ? "" : entry.description());
            for (Typo typo : typos) {
                if (typo.pattern().matcher(text).find()) {
                    found.add(new Diagnostic(doc.document(), entry.line(), Diagnostic.Kind.KNOWN_TYPO, typo.written(),
                            "shown as written; it should read \"" + typo.right() + "\" (" + typo.source() + ")"));
                }
            }
        }
        return found;
    }
}
