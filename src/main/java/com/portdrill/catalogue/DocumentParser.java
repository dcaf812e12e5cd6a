package com.portdrill.catalogue;

import com.portdrill.port.Port;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one document's port table: {@code Port:} / {@code Service:} / {@code Description:} blocks (or
 * their Chinese labels), with everything around and inside them that is not an entry reported as a
 * {@link Diagnostic}. Pure: the text comes in as a String.
 */
public final class DocumentParser {
    private static final String NULL_SERVICE = "[NULL]";
    /** Split on the separator alone and strip the parts after: spaces around it in the pattern made splitting quadratic. */
    private static final Pattern PORT_SEPARATOR = Pattern.compile("[,\uFF0C\u3001]");
    private static final Pattern PER_PORT = Pattern.compile("(?:^|\\s)(\\d{1,5})\\s*" + Labels.COLON + "\\s*");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+");
    private static final int EXCERPT = 72;

    private final Document document;
    private final Labels labels;
    private final Pattern portLine;
    private final Pattern serviceLine;
    private final Pattern descriptionLine;
    private final Pattern gluedEntry;
    private final List<Entry> entries = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Set<Integer> seen = new LinkedHashSet<>();

    private DocumentParser(Document document) {
        this.document = document;
        this.labels = Labels.of(document);
        this.portLine = labels.portLine();
        this.serviceLine = labels.serviceLine();
        this.descriptionLine = labels.descriptionLine();
        this.gluedEntry = labels.gluedEntry();
    }

    public static ParsedDocument parse(Document document, String text) {
        DocumentParser parser = new DocumentParser(document);
        parser.read(text.lines().toList());
        return new ParsedDocument(document, parser.entries, parser.diagnostics);
    }

    private void read(List<String> lines) {
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher port = portLine.matcher(line);
            if (line.isBlank()) {
                i++;
            } else if (port.matches()) {
                i = readEntry(lines, i, port.group(1));
            } else {
                skip(i + 1, line);
                i++;
            }
        }
    }

    /** Reads the entry whose port line is at {@code start}; returns the index of the first line after it. */
    private int readEntry(List<String> lines, int start, String portsText) {
        int lineNo = start + 1;
        Optional<List<Integer>> ports = ports(portsText);
        if (ports.isEmpty()) {
            note(lineNo, Diagnostic.Kind.MALFORMED_PORTS, lines.get(start), "the ports cannot be read as numbers 0-65535; entry skipped");
            return start + 1;
        }
        int serviceAt = nextNonBlank(lines, start + 1);
        Matcher service = serviceAt < lines.size() ? serviceLine.matcher(lines.get(serviceAt)) : null;
        if (service == null || !service.matches()) {
            String after = serviceAt < lines.size() ? " (followed by \"" + excerpt(lines.get(serviceAt)) + "\")" : " (at the end of the page)";
            note(lineNo, Diagnostic.Kind.TRUNCATED_ENTRY, lines.get(start),
                    "a port with no service or description" + after + ": the page was cut off here, so this is not an entry");
            return start + 1;
        }
        int descriptionAt = nextNonBlank(lines, serviceAt + 1);
        Matcher description = descriptionAt < lines.size() ? descriptionLine.matcher(lines.get(descriptionAt)) : null;
        if (description == null || !description.matches()) {
            note(lineNo, Diagnostic.Kind.MISSING_DESCRIPTION, lines.get(start), "the entry has no description line");
            add(lineNo, ports.get(), service.group(1), null);
            return serviceAt + 1;
        }
        List<String> text = new ArrayList<>();
        text.add(description.group(1));
        int next = descriptionAt + 1;
        while (next < lines.size() && !lines.get(next).isBlank() && !isLabel(lines.get(next))) {
            text.add(lines.get(next));
            next++;
        }
        if (text.size() > 1) {
            note(descriptionAt + 1, Diagnostic.Kind.WRAPPED_LINES, lines.get(descriptionAt),
                    "the description is wrapped over " + text.size() + " lines; joined as one text");
        }
        if (next < lines.size() && portLine.matcher(lines.get(next)).matches()) {
            note(next + 1, Diagnostic.Kind.UNSEPARATED_ENTRY, lines.get(next),
                    "a new entry starts right after the previous description, with no blank line between");
        }
        String joined = ReadingText.join(text);
        for (String stray : ReadingText.straySpaces(joined)) {
            note(descriptionAt + 1, Diagnostic.Kind.STRAY_SPACE, stray, "a space between two Chinese characters; dropped");
        }
        addWithGlued(lineNo, descriptionAt + 1, ports.get(), service.group(1), ReadingText.withoutStraySpaces(joined));
        return next;
    }

    /** Splits off entries run into a description ({@code … rooms. Port: 1170 Service: [NULL] Description: …}). */
    private void addWithGlued(int lineNo, int descriptionLineNo, List<Integer> ports, String service, String description) {
        Matcher glued = gluedEntry.matcher(description);
        if (glued.find()) {
            Optional<List<Integer>> gluedPorts = ports(glued.group(1));
            if (gluedPorts.isPresent()) {
                String own = description.substring(0, glued.start()).strip();
                add(lineNo, ports, service, own);
                note(descriptionLineNo, Diagnostic.Kind.GLUED_ENTRY, description.substring(glued.start()).strip(),
                        "an entry for " + gluedPorts.get() + " is run into the description of " + ports + "; read as its own entry");
                addWithGlued(descriptionLineNo, descriptionLineNo, gluedPorts.get(), glued.group(2), glued.group(3).strip());
                return;
            }
        }
        add(lineNo, ports, service, description);
    }

    private void add(int lineNo, List<Integer> ports, String serviceText, String description) {
        List<Integer> fresh = new ArrayList<>();
        for (int port : ports) {
            if (seen.add(port)) {
                fresh.add(port);
            } else {
                note(lineNo, Diagnostic.Kind.DUPLICATE_PORT, String.valueOf(port), "port " + port + " was already given by an earlier entry; this one is ignored for it");
            }
        }
        if (fresh.isEmpty()) {
            return;
        }
        List<String> services = services(lineNo, ports, serviceText);
        List<String> kept = fresh.stream().map(p -> services.get(ports.indexOf(p))).toList();
        if (ports.size() > 1) {
            note(lineNo, Diagnostic.Kind.MULTI_PORT_ENTRY, serviceText, "one entry for ports " + ports + "; each port gets the entry's description");
        }
        for (String word : DamagedLetters.in(serviceText)) {
            note(lineNo, Diagnostic.Kind.DAMAGED_LETTERS, word, "shown as written; read as \"" + DamagedLetters.repaired(word) + "\" when matching");
        }
        for (String word : DamagedLetters.in(description)) {
            note(lineNo, Diagnostic.Kind.DAMAGED_LETTERS, word, "shown as written; read as \"" + DamagedLetters.repaired(word) + "\" when matching");
        }
        entries.add(new Entry(lineNo, fresh, serviceText, kept, description));
    }

    /** One service per port: the line itself, or {@code 1025: network blackjack 1033: [NULL]} split by port. */
    private List<String> services(int lineNo, List<Integer> ports, String text) {
        Map<Integer, String> perPort = perPort(ports, text);
        List<String> services = new ArrayList<>();
        if (perPort.isEmpty()) {
            String service = service(text);
            if (service == null) {
                note(lineNo, Diagnostic.Kind.NULL_SERVICE, text, "the document names no service for " + ports);
            }
            ports.forEach(p -> services.add(service));
            return services;
        }
        note(lineNo, Diagnostic.Kind.PER_PORT_SERVICE, text, "the service line names a service per port; split by port");
        for (int port : ports) {
            String service = service(perPort.get(port));
            if (service == null) {
                note(lineNo, Diagnostic.Kind.NULL_SERVICE, perPort.get(port), "the document names no service for [" + port + "]");
            }
            services.add(service);
        }
        return services;
    }

    private static Map<Integer, String> perPort(List<Integer> ports, String text) {
        Matcher m = PER_PORT.matcher(text);
        List<int[]> marks = new ArrayList<>();
        while (m.find()) {
            marks.add(new int[] {Integer.parseInt(m.group(1)), m.start(), m.end()});
        }
        Map<Integer, String> perPort = new LinkedHashMap<>();
        for (int k = 0; k < marks.size(); k++) {
            int end = k + 1 < marks.size() ? marks.get(k + 1)[1] : text.length();
            perPort.put(marks.get(k)[0], text.substring(marks.get(k)[2], end).strip());
        }
        boolean coversEntry = marks.size() == ports.size() && perPort.keySet().equals(new LinkedHashSet<>(ports))
                && marks.get(0)[1] == 0;
        return coversEntry ? perPort : Map.of();
    }

    private static String service(String text) {
        String s = text.strip();
        return s.isEmpty() || s.equalsIgnoreCase(NULL_SERVICE) ? null : s;
    }

    private static Optional<List<Integer>> ports(String text) {
        List<Integer> ports = new ArrayList<>();
        for (String spaced : PORT_SEPARATOR.split(text.strip())) {
            String part = spaced.strip();
            if (!part.matches("\\d{1,5}") || !Port.valid(Integer.parseInt(part))) {
                return Optional.empty();
            }
            ports.add(Integer.parseInt(part));
        }
        return ports.isEmpty() ? Optional.empty() : Optional.of(ports);
    }

    private boolean isLabel(String line) {
        return portLine.matcher(line).matches() || serviceLine.matcher(line).matches() || descriptionLine.matcher(line).matches();
    }

    private static int nextNonBlank(List<String> lines, int from) {
        int i = from;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }

    /** A line outside every entry: prose (intro or trailer) or page furniture. */
    private void skip(int lineNo, String line) {
        String where = entries.isEmpty() ? "before the table" : "after an entry";
        if (isProse(line)) {
            List<String> numbers = NUMBER.matcher(line).results().map(r -> r.group().replace(",", "")).toList();
            String mentions = numbers.isEmpty() ? "" : " It mentions " + String.join(", ", numbers) + ", but that is not an entry.";
            note(lineNo, Diagnostic.Kind.PROSE, line, "prose " + where + "; skipped." + mentions);
        } else {
            note(lineNo, Diagnostic.Kind.PAGE_FURNITURE, line, "page furniture " + where + "; skipped");
        }
    }

    /** Prose has sentences: six or more words with letters in them, or ten or more Chinese characters. */
    private static boolean isProse(String line) {
        long words = java.util.Arrays.stream(line.strip().split("\\s+")).filter(w -> w.codePoints().anyMatch(Character::isLetter)).count();
        long han = line.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
        return words >= 6 || han >= 10;
    }

    private void note(int lineNo, Diagnostic.Kind kind, String text, String message) {
        diagnostics.add(new Diagnostic(document, lineNo, kind, excerpt(text), message));
    }

    private static String excerpt(String text) {
        String s = text == null ? "" : text.strip();
        return s.codePointCount(0, s.length()) <= EXCERPT ? s : s.substring(0, s.offsetByCodePoints(0, EXCERPT - 1)) + "…";
    }
}
