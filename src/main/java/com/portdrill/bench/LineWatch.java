package com.portdrill.bench;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Watches a process's standard output, chunk by chunk as it arrives, for the first line that matches: the
 * first question in plain mode. A line counts once it is complete, or as soon as an unfinished last line
 * matches, since a question may end in a prompt that waits on the same line. Bytes are kept until a line ends
 * so that a character split between two chunks is decoded whole.
 */
public final class LineWatch {
    private final Pattern pattern;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private String matched;

    public LineWatch(Pattern pattern) {
        this.pattern = pattern;
    }

    /** Takes the next chunk of output; true once a matching line has been seen. */
    public boolean accept(byte[] chunk, int length) {
        for (int i = 0; i < length && matched == null; i++) {
            if (chunk[i] == '\n') {
                check(pending.toString(StandardCharsets.UTF_8));
                pending.reset();
            } else {
                pending.write(chunk[i]);
            }
        }
        if (matched == null && pending.size() > 0) {
            check(pending.toString(StandardCharsets.UTF_8));
        }
        return matched != null;
    }

    /** The line that matched, once one has. */
    public Optional<String> matched() {
        return Optional.ofNullable(matched);
    }

    private void check(String line) {
        String text = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        if (pattern.matcher(text).find()) {
            matched = text;
        }
    }
}
