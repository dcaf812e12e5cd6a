package com.portdrill.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The deck commands end to end, against the committed decks/ at the repository root. */
class DecksCommandTest {
    private static final Path COMMITTED = Paths.get("decks");

    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static List<String> jsonFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                    .collect(Collectors.toList());
        }
    }

    @Test
    void aRebuildGivesTheCommittedBytes() throws IOException {
        Path rebuilt = tmp.resolve("decks");
        assertThat(Main.run("decks", "build", "--decks-dir", rebuilt.toString())).isZero();
        assertThat(jsonFiles(rebuilt)).isEqualTo(jsonFiles(COMMITTED))
                .contains("essentials.json", "a-plus.json", "network-plus.json", "security-plus.json", "ccna.json",
                        "interview.json", "documents.json", "folklore.json", "well-known.json");
        for (String file : jsonFiles(COMMITTED)) {
            assertThat(Files.readAllBytes(rebuilt.resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(COMMITTED.resolve(file)));
        }
    }

    @Test
    void checkPassesOnTheCommittedDecksAndFailsInOneLineOnAChangedCopy() throws IOException {
        assertThat(Main.run("decks", "check", "--decks-dir", COMMITTED.toString())).isZero();
        Path copy = tmp.resolve("decks");
        assertThat(Main.run("--decks-dir", copy.toString(), "decks", "build")).isZero();
        Files.writeString(copy.resolve("folklore.json"), Files.readString(copy.resolve("folklore.json"))
                .replace("\"Which port", "\"Which PORT"));
        err.reset();
        assertThat(Main.run("decks", "check", "--decks-dir", copy.toString())).isEqualTo(ExitCode.FAILURE);
        assertThat(err().lines().toList()).hasSize(1);
        assertThat(err()).contains("folklore.json differs").contains("decks build");
    }

    @Test
    void listShowsEachDeckWithItsCardCount() {
        assertThat(Main.run("decks", "list", "--decks-dir", COMMITTED.toString())).isZero();
        assertThat(out()).containsPattern("(?m)^essentials +\\d+  Essentials")
                .containsPattern("(?m)^documents +\\d+  The documents");
        // Each deck's line, not the indented line under it that counts its kinds.
        List<String> names = out().lines().filter(l -> !l.startsWith(" ")).map(l -> l.split(" ")[0]).toList();
        assertThat(names).containsExactly("essentials", "a-plus", "network-plus", "security-plus", "ccna",
                "interview", "documents", "folklore", "well-known");
        out.reset();
        assertThat(Main.run("--lang", "zh", "decks", "list", "--decks-dir", COMMITTED.toString())).isZero();
        assertThat(out()).contains("木马");
    }

    @Test
    void listOfAnEmptyFolderSaysHowToBuild() {
        assertThat(Main.run("decks", "list", "--decks-dir", tmp.toString())).isEqualTo(ExitCode.FAILURE);
        assertThat(err()).contains("no decks in").contains("decks build");
    }

    @Test
    void exportWritesAnAnkiFileOfTheChosenDeck() throws IOException {
        Path file = tmp.resolve("anki.txt");
        assertThat(Main.run("export", "anki", file.toString(), "--deck", "network-plus", "--decks-dir", COMMITTED.toString()))
                .isZero();
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("#separator:tab");
        assertThat(lines).anyMatch(l -> l.startsWith("s2p:67,68\t"));
        assertThat(lines).noneMatch(l -> l.startsWith("trojan:"));
    }

    @Test
    void exportToAFolderThatCannotBeWrittenFailsInOneLine() throws IOException {
        Path notAFolder = Files.writeString(tmp.resolve("file"), "x");
        assertThat(Main.run("export", "anki", notAFolder.resolve("anki.txt").toString(),
                "--decks-dir", COMMITTED.toString())).isEqualTo(ExitCode.FAILURE);
        assertThat(err().lines().toList()).hasSize(1);
        assertThat(err()).startsWith("portdrill: cannot write");
    }

    @Test
    void aDeckNameWithAPathIsRefused() {
        assertThat(Main.run("export", "anki", tmp.resolve("a.txt").toString(), "--deck", "../../etc/passwd",
                "--decks-dir", COMMITTED.toString())).isEqualTo(ExitCode.USAGE);
        assertThat(err()).contains("is not a deck name");
    }
}
