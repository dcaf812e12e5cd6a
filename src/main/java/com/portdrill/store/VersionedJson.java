package com.portdrill.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Small whole JSON files such as {@code settings.json} and {@code bests.json}: an object whose first member is
 * {@code "schema"}, read whole and replaced atomically. Values are {@link String}, {@link Long}, {@link Double},
 * {@link Boolean}, null, {@link List} and {@link Map}; streaming Jackson keeps start-up free of data binding.
 */
public final class VersionedJson {
    public static final long MAX_BYTES = 4L << 20;
    public static final int MAX_DEPTH = 64;

    private VersionedJson() {
    }

    /**
     * @param content the file's members but {@code schema}, in file order; empty when the file is absent or was
     *                damaged
     * @param schema  the file's schema version, or 0 when it is absent or was damaged
     * @param warning one line for the user when the file was damaged and moved aside
     */
    public record Loaded(Map<String, Object> content, int schema, Optional<String> warning) {
    }

    /**
     * Reads {@code file}. A damaged file is moved aside (named with {@code clock}'s time), reported, and read as
     * empty, so defaults apply.
     *
     * @throws StoreException when the file is from a newer schema than {@code supported}, too large or too deeply
     *                        nested to be one of ours (it is left untouched), or cannot be read
     */
    public static Loaded read(Path file, int supported, Clock clock) {
        byte[] b;
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new StoreException(ProgressStore.shown(file) + " is not a regular file (a device, pipe or folder):"
                        + " move it away; nothing was changed");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new StoreException(ProgressStore.shown(file) + " is larger than " + (MAX_BYTES >> 20)
                        + " MB, too large to be a portdrill file: move it away; nothing was changed");
            }
            b = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return new Loaded(Map.of(), 0, Optional.empty());
        } catch (IOException e) {
            throw new StoreException("cannot read " + ProgressStore.shown(file) + " (" + ProgressStore.reason(e)
                    + "); check its permissions");
        }
        Map<String, Object> content;
        try {
            content = parse(b);
        } catch (StreamConstraintsException e) {
            if (String.valueOf(e.getMessage()).contains("nesting depth")) {
                throw new StoreException(ProgressStore.shown(file) + " is nested more than " + MAX_DEPTH
                        + " levels deep, not a portdrill file: move it away; nothing was changed");
            }
            // Any other limit (a number of a thousand digits, a name of 50 000 characters) is damage like any other.
            return damaged(file, "a value longer than portdrill writes", clock);
        } catch (IOException | RuntimeException e) {
            return damaged(file, e instanceof JsonProcessingException ? "not valid JSON" : "not a JSON object", clock);
        }
        Object schema = content.remove("schema");
        if (!(schema instanceof Long v) || v < 1) {
            return damaged(file, "no schema version", clock);
        }
        if (v > supported) {
            throw new StoreException(ProgressStore.shown(file) + " was written by a newer portdrill (schema " + v
                    + "; this one reads " + supported + "): update portdrill; nothing was changed");
        }
        return new Loaded(content, v.intValue(), Optional.empty());
    }

    /**
     * {@code file}'s members when it is one of ours that this portdrill reads; empty for anything else (missing,
     * damaged, too large, newer), which is left as it is for {@link #read} to deal with and report.
     */
    public static Optional<Map<String, Object>> peek(Path file, int supported) {
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            Map<String, Object> content = parse(Files.readAllBytes(file));
            return content.get("schema") instanceof Long v && v >= 1 && v <= supported ? Optional.of(content) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Replaces {@code file} atomically with {@code content} under {@code "schema": schema}, pretty-printed. */
    public static void write(Path file, int schema, Map<String, ?> content) {
        ByteArrayBuilder out = new ByteArrayBuilder(512);
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("schema", schema);
            for (Map.Entry<String, ?> e : content.entrySet()) {
                if (!"schema".equals(e.getKey())) {
                    g.writeFieldName(e.getKey());
                    writeValue(g, e.getValue());
                }
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
        out.write('\n');
        try {
            AtomicFile.write(file, out.toByteArray());
        } catch (IOException e) {
            throw new StoreException("cannot save " + ProgressStore.shown(file) + " (" + ProgressStore.reason(e)
                    + "); free some space or check the folder's permissions");
        }
    }

    private static Loaded damaged(Path file, String why, Clock clock) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        Path aside = AsideName.next(file.toAbsolutePath().getParent(), stem + ".corrupt-", ".json", clock);
        String shown = ProgressStore.shown(file);
        try {
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
            AtomicFile.forceDirectory(file.toAbsolutePath().getParent());
            return new Loaded(Map.of(), 0, Optional.of(shown + " was damaged (" + why + "); it was moved to "
                    + ProgressStore.shown(aside.getFileName()) + " and defaults are used"));
        } catch (IOException e) {
            return new Loaded(Map.of(), 0, Optional.of(shown + " is damaged (" + why + "); defaults are used"));
        }
    }

    private static Map<String, Object> parse(byte[] b) throws IOException {
        JsonFactory json = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build()).build();
        try (JsonParser p = json.createParser(b)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("not an object");
            }
            Map<String, Object> m = readObject(p);
            if (p.nextToken() != null) {
                throw new IllegalArgumentException("content after the object");
            }
            return m;
        }
    }

    private static Object readValue(JsonParser p, JsonToken t) throws IOException {
        return switch (t) {
            case START_OBJECT -> readObject(p);
            case START_ARRAY -> readArray(p);
            case VALUE_STRING -> p.getText();
            case VALUE_NUMBER_INT -> p.getLongValue();
            case VALUE_NUMBER_FLOAT -> p.getDoubleValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IllegalArgumentException("unexpected " + t);
        };
    }

    private static Map<String, Object> readObject(JsonParser p) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        String name;
        while ((name = p.nextFieldName()) != null) {
            m.put(name, readValue(p, p.nextToken()));
        }
        return m;
    }

    private static List<Object> readArray(JsonParser p) throws IOException {
        List<Object> list = new ArrayList<>();
        JsonToken t;
        while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
            list.add(readValue(p, t));
        }
        return list;
    }

    private static void writeValue(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof String s) {
            g.writeString(s);
        } else if (v instanceof Boolean bool) {
            g.writeBoolean(bool);
        } else if (v instanceof Double || v instanceof Float) {
            g.writeNumber(((Number) v).doubleValue());
        } else if (v instanceof Number n) {
            g.writeNumber(n.longValue());
        } else if (v instanceof Map<?, ?> m) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                writeValue(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof List<?> list) {
            g.writeStartArray();
            for (Object o : list) {
                writeValue(g, o);
            }
            g.writeEndArray();
        } else {
            throw new IllegalArgumentException("cannot write a " + v.getClass().getSimpleName() + " as JSON");
        }
    }
}
