package com.portdrill.tui;

import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Message;
import com.portdrill.scan.ScanRow;
import com.portdrill.scan.ScanRowText;
import com.portdrill.scan.ScanTally;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The ports this machine listens on, as the look-up screen shows them before anything is looked up. */
public sealed interface OpenHere permits OpenHere.Rows, OpenHere.Unavailable {
    /** The rows read when the screen opened, explained as {@code portdrill scan} explains them. */
    record Rows(List<ScanRow> rows) implements OpenHere {
        public Rows {
            rows = List.copyOf(rows);
        }
    }

    /** Why they could not be read (not Linux, an unreadable socket table), in one line. */
    record Unavailable(String why) implements OpenHere {
        public Unavailable {
            Objects.requireNonNull(why, "why");
        }
    }

    /** Nothing to show: a screen opened without reading the machine's sockets. */
    OpenHere NONE = new Rows(List.of());

    /** The section's paragraphs: a title and hint, then each row's lines (its flags as warnings). */
    static List<Para> paras(OpenHere here, Lang ui) {
        List<Para> out = new ArrayList<>();
        if (here instanceof Unavailable u) {
            out.add(new Para(Role.MUTED, Message.SCAN_HERE_UNAVAILABLE.in(ui, u.why())));
            return out;
        }
        List<ScanRow> rows = ((Rows) here).rows();
        if (rows.isEmpty() && here == NONE) {
            return out;
        }
        out.add(new Para(Role.TITLE, Message.SCAN_HERE_TITLE.in(ui)));
        out.add(new Para(Role.MUTED, Message.SCAN_HERE_HINT.in(ui)));
        ScanTally tally = new ScanTally();
        for (ScanRow row : rows) {
            tally.row(row);
            List<String> lines = ScanRowText.lines(row, ui);
            out.add(new Para(Role.ACCENT, lines.get(0)));
            for (String line : lines.subList(1, lines.size())) {
                out.add(new Para(line.startsWith("  !") ? Role.WARN : Role.MUTED, line.strip()));
            }
        }
        out.add(new Para(Role.PLAIN, ScanRowText.summary(tally, ui).get(0)));
        return out;
    }
}
