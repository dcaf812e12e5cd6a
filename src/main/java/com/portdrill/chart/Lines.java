package com.portdrill.chart;

import com.portdrill.text.DisplayWidth;

import java.util.ArrayList;
import java.util.List;

/** Fitting text to display columns: a CJK character takes two, so {@code String.length} never measures a line. */
final class Lines {
    private Lines() {
    }

    /** Pads with spaces on the right to {@code columns}, or clips to them. */
    static String padRight(String s, int columns) {
        String clipped = DisplayWidth.clip(s, Math.max(columns, 0));
        return clipped + " ".repeat(Math.max(0, columns - DisplayWidth.of(clipped)));
    }

    static String padLeft(String s, int columns) {
        return " ".repeat(Math.max(0, columns - DisplayWidth.of(s))) + s;
    }

    /** Every line clipped to the width, without the spaces a line ends in. */
    static List<String> fitted(List<String> lines, int width) {
        List<String> out = new ArrayList<>(lines.size());
        for (String line : lines) {
            out.add(stripTrailing(DisplayWidth.clip(line, Math.max(width, 0))));
        }
        return List.copyOf(out);
    }

    /** Items separated by two spaces, as many to a line as fit. */
    static List<String> flow(List<String> items, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String item : items) {
            if (line.length() > 0 && DisplayWidth.of(line.toString()) + 2 + DisplayWidth.of(item) > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? "  " : "").append(item);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return fitted(lines, width);
    }

    /**
     * Prose broken into lines of at most {@code width} columns: at a space where there is one in reach (English),
     * anywhere else (Chinese runs on without spaces, and a word longer than the width is cut).
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        String rest = text;
        while (width > 0 && DisplayWidth.of(rest) > width) {
            String head = DisplayWidth.clip(rest, width);
            int space = head.lastIndexOf(' ');
            int cut = space > 0 && rest.charAt(head.length()) != ' ' ? space : head.length();
            if (head.isEmpty()) {
                break;
            }
            lines.add(rest.substring(0, cut));
            rest = rest.substring(cut).stripLeading();
        }
        lines.add(rest);
        return fitted(lines, width);
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == ' ') {
            end--;
        }
        return s.substring(0, end);
    }
}
