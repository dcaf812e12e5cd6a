package com.portdrill.store;

import com.portdrill.deck.Card;
import com.portdrill.deck.Deck;
import com.portdrill.deck.Explanation;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Message;
import com.portdrill.text.Sanitize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decks as a tab-separated text file Anki imports as it is (File › Import), following Anki's documented file
 * headers: {@code #separator:tab}, {@code #html:false}, {@code #columns:}, {@code #guid column:} (the card id,
 * so importing again updates the notes instead of duplicating them) and {@code #tags column:}. One line per card;
 * a card in several decks is one line tagged with each.
 */
public final class AnkiExport {
    static final List<String> COLUMNS = List.of("id", "Front", "Back", "Chinese", "Tags");

    private AnkiExport() {
    }

    public static String render(List<Deck> decks) {
        Map<String, Card> cards = new LinkedHashMap<>();
        Map<String, Set<String>> deckTags = new LinkedHashMap<>();
        for (Deck d : decks) {
            for (Card c : d.cards()) {
                cards.putIfAbsent(c.id(), c);
                deckTags.computeIfAbsent(c.id(), k -> new LinkedHashSet<>()).add("portdrill::" + d.name());
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("#separator:tab\n");
        out.append("#html:false\n");
        out.append("#columns:").append(String.join("\t", COLUMNS)).append('\n');
        out.append("#guid column:1\n");
        out.append("#tags column:").append(COLUMNS.size()).append('\n');
        for (Card c : cards.values()) {
            List<String> tags = new ArrayList<>();
            tags.add("portdrill");
            tags.addAll(deckTags.get(c.id()));
            tags.add("portdrill::" + c.direction().code());
            tags.add("portdrill::" + c.explanation().verdict().code());
            List<String> fields = List.of(c.id(), c.promptEn(), backEn(c), backZh(c), String.join(" ", tags));
            List<String> cells = new ArrayList<>();
            fields.forEach(f -> cells.add(field(f)));
            out.append(String.join("\t", cells)).append('\n');
        }
        return out.toString();
    }

    private static String backEn(Card c) {
        Explanation e = c.explanation();
        StringBuilder b = new StringBuilder(c.displayAnswer());
        append(b, Message.EXPLAIN_IANA, Lang.EN, e.iana());
        append(b, Message.EXPLAIN_CORRECTION, Lang.EN, e.correctionEn());
        append(b, null, Lang.EN, e.noteEn());
        append(b, Message.EXPLAIN_DOCUMENT, Lang.EN, e.descriptionEn());
        return b.toString();
    }

    private static String backZh(Card c) {
        Explanation e = c.explanation();
        StringBuilder b = new StringBuilder(c.promptZh()).append('\n')
                .append(Message.EXPLAIN_ANSWER.in(Lang.ZH, c.displayAnswer()));
        append(b, Message.EXPLAIN_IANA, Lang.ZH, e.iana());
        append(b, Message.EXPLAIN_CORRECTION, Lang.ZH, e.correctionZh());
        append(b, null, Lang.ZH, e.noteZh());
        append(b, Message.EXPLAIN_DOCUMENT, Lang.ZH, e.descriptionZh());
        return b.toString();
    }

    /**
     * Each part of the back on a line of its own, so Anki shows them apart rather than as one long line; labelled as
     * the explanations label it, or bare where {@code label} is null.
     */
    private static void append(StringBuilder b, Message label, Lang lang, String text) {
        if (text != null && !text.isBlank()) {
            b.append('\n').append(label == null ? text.strip() : label.in(lang, text.strip()));
        }
    }

    /**
     * One cell: no tab inside; the back's lines kept apart by line breaks, which Anki reads inside a cell quoted the
     * CSV way (as it is wherever it holds a line break or a double quote). Every line is sanitised on its own.
     */
    static String field(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\n", -1)) {
            String clean = Sanitize.forTerminal(line).strip();
            if (!clean.isEmpty()) {
                lines.add(clean);
            }
        }
        String cell = String.join("\n", lines);
        return cell.contains("\"") || cell.contains("\n") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    /** Writes the file whole or not at all: a temporary file beside it, then a rename. */
    public static void write(Path file, String text) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("the folder " + dir + " does not exist");
        }
        if (Files.isDirectory(target)) {
            throw new IOException(target + " is a folder; give a file name such as portdrill-anki.txt");
        }
        Path tmp;
        try {
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
        } catch (IOException e) {
            throw new IOException("the folder " + dir + " cannot be written (" + DeckFiles.describe(e) + ")", e);
        }
        try {
            Files.write(tmp, text.getBytes(StandardCharsets.UTF_8));
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
