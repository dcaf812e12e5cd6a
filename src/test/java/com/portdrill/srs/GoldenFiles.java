package com.portdrill.srs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Reads the golden rows that ts-fsrs wrote, committed under {@code src/test/resources/srs/}. */
public final class GoldenFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldenFiles() {
    }

    public static List<String> lines(String name) {
        try (InputStream in = Objects.requireNonNull(GoldenFiles.class.getResourceAsStream("/srs/" + name), name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<JsonNode> rows(String name) {
        List<JsonNode> rows = new ArrayList<>();
        for (String line : lines(name)) {
            try {
                rows.add(JSON.readTree(line));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return rows;
    }
}
