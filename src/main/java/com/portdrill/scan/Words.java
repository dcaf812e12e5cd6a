package com.portdrill.scan;

import java.util.ArrayList;
import java.util.List;

/** Splits a line of a tool's table into its columns: runs of spaces and tabs separate them. */
final class Words {
    private Words() {
    }

    static List<String> of(String line) {
        List<String> words = new ArrayList<>(8);
        int n = line.length();
        int i = 0;
        while (i < n) {
            while (i < n && isBlank(line.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isBlank(line.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(line.substring(start, i));
            }
        }
        return words;
    }

    /** The columns from {@code from} on, joined by one space: a process name with spaces in it. */
    static String rest(List<String> words, int from) {
        return from >= words.size() ? null : String.join(" ", words.subList(from, words.size()));
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r';
    }
}
