package com.portdrill.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of a reviewed data file: tab-separated cells, one row a line. Blank lines and lines that start with
 * {@code #} are the reviewer's notes, and a Windows line end reads as a line end. A row keeps its line number so
 * that an error names the line a reviewer must fix.
 *
 * @param line  the row's line number, from 1
 * @param cells the cells as written, space around them kept
 */
public record TsvRow(int line, List<String> cells) {
    public TsvRow {
        cells = List.copyOf(cells);
    }

    /** The rows of {@code tsv}, notes and blank lines left out. */
    public static List<TsvRow> read(String tsv) {
        List<TsvRow> rows = new ArrayList<>();
        String[] lines = tsv.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            String text = line.strip();
            if (!text.isEmpty() && !text.startsWith("#")) {
                rows.add(new TsvRow(i + 1, List.of(line.split("\t", -1))));
            }
        }
        return rows;
    }

    public int size() {
        return cells.size();
    }

    /** Cell {@code i} without the space around it. */
    public String cell(int i) {
        return cells.get(i).strip();
    }
}
