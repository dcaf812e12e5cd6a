package com.portdrill.chart;

import com.portdrill.text.DisplayWidth;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Bars lying left to right, one a line, labelled on the left and with their value after them. */
public final class BarChart {
    private BarChart() {
    }

    public record Bar(String label, int value) {
        public Bar {
            Objects.requireNonNull(label, "label");
        }
    }

    public static List<String> render(List<Bar> bars, int width) {
        int label = 0;
        int digits = 1;
        int max = 0;
        for (Bar b : bars) {
            label = Math.max(label, DisplayWidth.of(b.label()));
            digits = Math.max(digits, String.valueOf(b.value()).length());
            max = Math.max(max, b.value());
        }
        int track = Math.max(0, width - label - digits - 2);
        List<String> lines = new ArrayList<>();
        for (Bar b : bars) {
            String bar = Blocks.horizontal(Blocks.eighths(b.value(), max, track));
            lines.add(Lines.padRight(b.label(), label) + " " + bar + (bar.isEmpty() ? "" : " ") + b.value());
        }
        return Lines.fitted(lines, width);
    }
}
