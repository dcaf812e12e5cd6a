package com.portdrill.store;

import com.portdrill.deck.Deck;
import com.portdrill.deck.Direction;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The {@code decks/} folder: one {@code <name>.json} per deck (format in {@code decks/README.md}). Writing is
 * byte-for-byte reproducible and atomic per file; reading checks the name, the size and the nesting depth
 * before parsing, and refuses a schema version it does not know.
 */
public final class DeckFiles {
    /** The schema version written into every deck file. */
    public static final int SCHEMA = DeckJson.SCHEMA;

    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final String SUFFIX = ".json";

    private DeckFiles() {
    }

    /**
     * A deck as {@code decks list} shows it.
     *
     * @param kinds how many cards of each kind it holds, in the kinds' order, kinds it lacks left out
     */
    public record Summary(String name, String titleEn, String titleZh, int cards, Map<Direction, Integer> kinds) {
        public Summary {
            kinds = Collections.unmodifiableMap(new EnumMap<>(kinds));
        }
    }

    /** Whether the name is a plain deck name: lower-case letters, digits and '-', at most 64, no path in it. */
    public static boolean isPlainName(String name) {
        return name != null && PLAIN_NAME.matcher(name).matches();
    }

    /** The file of the named deck; a name that is not plain is refused before any path is built from it. */
    public static Path pathOf(Path dir, String name) throws DeckFileException {
        if (!isPlainName(name)) {
            throw new DeckFileException("'" + name + "' is not a deck name (use lower-case letters, digits and '-'; "
                    + "see 'portdrill decks list')");
        }
        return dir.resolve(name + SUFFIX);
    }

    /** The exact bytes a deck's file holds. */
    public static byte[] render(Deck deck) {
        return DeckJson.render(deck);
    }

    /** Reads one deck, and only that one. */
    public static Deck load(Path dir, String name) throws DeckFileException {
        Path file = pathOf(dir, name);
        Deck deck = DeckJson.parse(read(file), file.toString());
        if (!deck.name().equals(name)) {
            throw new DeckFileException(file + " holds deck '" + deck.name() + "', not '" + name
                    + "'; run 'portdrill decks build' to rebuild it");
        }
        return deck;
    }

    /**
     * Writes every deck, each to a temporary file moved over the old one, and removes deck files that are no longer
     * built. Other files in the folder (its README) are left alone.
     */
    public static void writeAll(Path dir, List<Deck> decks) throws DeckFileException {
        try {
            Files.createDirectories(dir);
            TreeSet<String> built = new TreeSet<>();
            for (Deck d : decks) {
                writeAtomically(pathOf(dir, d.name()), render(d));
                built.add(d.name());
            }
            for (String stale : deckNames(dir)) {
                if (!built.contains(stale)) {
                    Files.delete(dir.resolve(stale + SUFFIX));
                }
            }
        } catch (DeckFileException e) {
            throw e;
        } catch (IOException e) {
            throw new DeckFileException("cannot write decks to " + dir + " (" + describe(e)
                    + "); check that the folder is writable");
        }
    }

    /** Writes one deck beside the others (a temporary file moved over the old one), leaving every other file alone. */
    public static void write(Path dir, Deck deck) throws DeckFileException {
        Path file = pathOf(dir, deck.name());
        try {
            Files.createDirectories(dir);
            writeAtomically(file, render(deck));
        } catch (IOException e) {
            throw new DeckFileException("cannot write " + file + " (" + describe(e) + "); check that the folder is writable");
        }
    }

    /**
     * What differs between the folder and the decks given: one item per deck file that is missing, extra or
     * different; empty when the folder is exactly what they would write.
     */
    public static List<String> differences(Path dir, List<Deck> decks) throws DeckFileException {
        List<String> differences = new ArrayList<>();
        Map<String, Deck> expected = new TreeMap<>();
        decks.forEach(d -> expected.put(d.name(), d));
        TreeSet<String> present = new TreeSet<>(deckNames(dir));
        for (Deck d : expected.values()) {
            Path file = pathOf(dir, d.name());
            if (!present.contains(d.name())) {
                differences.add(file.getFileName() + " is missing");
            } else if (!Arrays.equals(readQuietly(file), render(d))) {
                differences.add(file.getFileName() + " differs" + cardDifference(dir, d));
            }
        }
        for (String extra : present) {
            if (!expected.containsKey(extra)) {
                differences.add(extra + SUFFIX + " is not built by this portdrill");
            }
        }
        return differences;
    }

    /** The decks in the folder, by name; a deck that cannot be read is reported, not skipped silently. */
    public static List<Summary> list(Path dir) throws DeckFileException {
        List<Summary> summaries = new ArrayList<>();
        for (String name : deckNames(dir)) {
            Deck d = load(dir, name);
            Map<Direction, Integer> kinds = new EnumMap<>(Direction.class);
            d.cards().forEach(c -> kinds.merge(c.direction(), 1, Integer::sum));
            summaries.add(new Summary(d.name(), d.titleEn(), d.titleZh(), d.cards().size(), kinds));
        }
        return summaries;
    }

    /** The plain names of the deck files in the folder, sorted; an absent folder holds none. */
    public static List<String> deckNames(Path dir) throws DeckFileException {
        TreeSet<String> names = new TreeSet<>();
        if (!Files.isDirectory(dir)) {
            if (Files.exists(dir)) {
                throw new DeckFileException(dir + " is a file, not a deck folder; pass --decks-dir a folder");
            }
            return List.of();
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            for (Path f : files) {
                String file = f.getFileName().toString();
                String name = file.substring(0, file.length() - SUFFIX.length());
                if (isPlainName(name) && Files.isRegularFile(f)) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new DeckFileException("cannot read the deck folder " + dir + " (" + describe(e) + ")");
        }
        return List.copyOf(names);
    }

    private static String cardDifference(Path dir, Deck expected) {
        try {
            Deck actual = load(dir, expected.name());
            long changed = expected.cards().stream().filter(c -> !actual.cards().contains(c)).count();
            long gone = actual.cards().stream().filter(c -> !expected.cards().contains(c)).count();
            return " (" + actual.cards().size() + " cards on disk, " + expected.cards().size() + " built; "
                    + changed + " new or changed, " + gone + " stale)";
        } catch (DeckFileException e) {
            return " (unreadable)";
        }
    }

    private static byte[] read(Path file) throws DeckFileException {
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                // A device or a pipe has no size to check and may never end (/dev/zero), or never start (a FIFO).
                throw new DeckFileException(file + " is not a regular file; run 'portdrill decks build' to rebuild it");
            }
            long size = Files.size(file);
            if (size > DeckJson.MAX_BYTES) {
                throw new DeckFileException(file + " is " + size + " bytes, more than a deck may be ("
                        + DeckJson.MAX_BYTES + "); run 'portdrill decks build' to rebuild it");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DeckFileException("no deck '" + stripSuffix(file) + "' in " + file.getParent()
                    + "; see 'portdrill decks list', or run 'portdrill decks build'");
        } catch (DeckFileException e) {
            throw e;
        } catch (IOException e) {
            throw new DeckFileException("cannot read " + file + " (" + describe(e) + ")");
        }
    }

    private static byte[] readQuietly(Path file) {
        try {
            return read(file);
        } catch (DeckFileException e) {
            return new byte[0];
        }
    }

    private static void writeAtomically(Path file, byte[] bytes) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ch.write(java.nio.ByteBuffer.wrap(bytes));
            ch.force(true);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String stripSuffix(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : name;
    }

    static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }
}
