package com.portdrill.chart;

import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Message;
import com.portdrill.text.DisplayWidth;

import java.util.ArrayList;
import java.util.List;

/**
 * A share from 0 to 100 % as a filled track, with a caret under the track marking the target: which side of it
 * the fill ends on reads without colour.
 */
public final class Gauge {
    private static final char TRACK = '░';

    private Gauge() {
    }

    /** The track line and the target line; an empty track (nothing measured yet) when {@code share} is NaN. */
    public static List<String> render(double share, double target, int width, Lang lang) {
        String value = Double.isNaN(share) ? "-" : Percent.of(share);
        int track = Math.max(0, width - 3 - DisplayWidth.of(value));
        List<String> lines = new ArrayList<>();
        if (track < 2) {
            lines.add(value);
            return Lines.fitted(lines, width);
        }
        String fill = Double.isNaN(share) ? "" : Blocks.horizontal(Blocks.eighths(Math.min(share, 1), 1, track));
        lines.add("[" + fill + String.valueOf(TRACK).repeat(track - fill.length()) + "] " + value);
        int caret = 1 + (int) Math.min(track - 1, Math.floor(target * track));
        String label = Message.STATS_TARGET.in(lang) + " " + Percent.whole(target);
        lines.add(caret + 2 + DisplayWidth.of(label) <= width
                ? " ".repeat(caret) + "^ " + label
                : Lines.padLeft(label + " ^", caret + 1));
        return Lines.fitted(lines, width);
    }
}
