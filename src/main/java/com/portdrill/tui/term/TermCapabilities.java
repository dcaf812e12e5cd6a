package com.portdrill.tui.term;

import org.jline.utils.InfoCmp;
import org.jline.utils.InfoCmp.Capability;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a terminal can do, read from its terminfo description (the text {@code infocmp} prints) with exactly the
 * rules of JLine's {@link InfoCmp#parseInfoCmp}. JLine's own parse compiles a regular expression for each of the
 * 470 lines of its capability table and for each line of the description, every time a terminal opens: about
 * 40 ms of the wait for the first frame on our machines. Here the expression is compiled once and the table is
 * read in one pass; {@code TermCapabilitiesTest} holds the results equal to JLine's.
 *
 * @param flags   the boolean capabilities present
 * @param numbers the numeric capabilities
 * @param strings the string capabilities, as written in the description (escapes are JLine's to interpret)
 */
record TermCapabilities(Set<Capability> flags, Map<Capability, Integer> numbers, Map<Capability, String> strings) {
    /** One capability and the comma that ends it, as JLine matches it (an escaped comma ends it too). */
    private static final Pattern ENTRY = Pattern.compile("\\s*(([^,]|\\\\,)+)\\s*[,$]");

    TermCapabilities {
        flags = Set.copyOf(flags);
        numbers = Map.copyOf(numbers);
        strings = Map.copyOf(strings);
    }

    /**
     * The capabilities a description gives; its first line (infocmp's comment, or the names) is skipped, as JLine
     * skips it, and names JLine does not know are ignored.
     *
     * @throws NumberFormatException on a numeric capability that is not a number, as JLine would
     */
    static TermCapabilities parse(String description) {
        Map<String, Capability> byName = namesOf();
        Set<Capability> flags = EnumSet.noneOf(Capability.class);
        Map<Capability, Integer> numbers = new EnumMap<>(Capability.class);
        Map<Capability, String> strings = new EnumMap<>(Capability.class);
        String[] lines = description.split("\n");
        for (int i = 1; i < lines.length; i++) {
            Matcher m = ENTRY.matcher(lines[i]);
            while (m.find()) {
                String entry = m.group(1);
                int hash = entry.indexOf('#');
                int equals = entry.indexOf('=');
                if (hash >= 0) {
                    Capability c = byName.get(entry.substring(0, hash));
                    int value = number(entry.substring(hash + 1));
                    if (c != null) {
                        numbers.put(c, value);
                    }
                } else if (equals >= 0) {
                    Capability c = byName.get(entry.substring(0, equals));
                    if (c != null) {
                        strings.put(c, entry.substring(equals + 1));
                    }
                } else {
                    Capability c = byName.get(entry);
                    if (c != null) {
                        flags.add(c);
                    }
                }
            }
        }
        return new TermCapabilities(flags, numbers, strings);
    }

    /** terminfo's numbers: decimal, {@code 0x} hexadecimal, or octal after a leading zero. */
    private static int number(String text) {
        if (text.equals("0")) {
            return 0;
        }
        if (text.startsWith("0x")) {
            return Integer.parseInt(text.substring(2), 16);
        }
        if (text.startsWith("0")) {
            return Integer.parseInt(text.substring(1), 8);
        }
        return Integer.parseInt(text);
    }

    /**
     * Every name a capability goes by (its long name and its terminfo name), from the table JLine ships beside
     * {@link InfoCmp}: lines of {@code long_name, capname, termcap}, and comments.
     */
    static Map<String, Capability> namesOf() {
        String table;
        try (InputStream in = InfoCmp.class.getResourceAsStream("capabilities.txt")) {
            if (in == null) {
                throw new IllegalStateException("JLine's capabilities.txt is missing from its jar");
            }
            table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Capability> byName = new HashMap<>(1024);
        int start = 0;
        while (start < table.length()) {
            int end = table.indexOf('\n', start);
            if (end < 0) {
                end = table.length();
            }
            String line = table.substring(start, end).trim();
            start = end + 1;
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int first = line.indexOf(", ");
            int second = line.indexOf(", ", first + 2);
            String longName = line.substring(0, first);
            Capability c = Capability.valueOf(longName);
            byName.put(longName, c);
            byName.put(line.substring(first + 2, second < 0 ? line.length() : second), c);
        }
        return byName;
    }
}
