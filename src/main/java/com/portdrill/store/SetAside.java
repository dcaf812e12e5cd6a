package com.portdrill.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;

import static com.portdrill.store.ProgressStore.reason;
import static com.portdrill.store.ProgressStore.shown;

/** Moves what cannot be trusted out of the way, never deleting it, and says so in one line. */
final class SetAside {
    private SetAside() {
    }

    static String snapshot(Path file, String damage, Clock clock, boolean mayRepair) {
        if (!mayRepair) {
            return shown(file) + " is damaged (" + damage + "); card states are rebuilt from the journal";
        }
        try {
            Path aside = AsideName.next(file.getParent(), "snapshot.corrupt-", ".json", clock);
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE);
            AtomicFile.forceDirectory(file.getParent());
            return shown(file) + " was damaged (" + damage + "); it was moved to " + aside.getFileName()
                    + " and card states are rebuilt from the journal";
        } catch (IOException e) {
            return shown(file) + " is damaged (" + damage + ") and could not be moved aside (" + reason(e)
                    + "); card states are rebuilt from the journal";
        }
    }

    /** Copies damaged lines to a file of their own, then rewrites the journal without them; returns that file's name. */
    static String lines(Path journal, JournalFile.Loaded loaded, Clock clock) {
        byte[] b = loaded.bytes();
        ByteArrayOutputStream rejected = new ByteArrayOutputStream();
        ByteArrayOutputStream kept = new ByteArrayOutputStream(b.length);
        int from = 0;
        for (JournalFile.Rejected r : loaded.rejected()) {
            kept.write(b, from, r.offset() - from);
            rejected.write(b, r.offset(), r.length());
            rejected.write('\n');
            from = Math.min(b.length, r.offset() + r.length() + 1);
        }
        kept.write(b, from, b.length - from);
        try {
            Path aside = AsideName.next(journal.getParent(), "journal.rejected-", ".jsonl", clock);
            AtomicFile.write(aside, rejected.toByteArray());
            AtomicFile.write(journal, kept.toByteArray());
            return aside.getFileName().toString();
        } catch (IOException e) {
            return null;
        }
    }

    static String linesWarning(Path journal, List<JournalFile.Rejected> rejected, String aside) {
        JournalFile.Rejected first = rejected.get(0);
        String what = rejected.size() == 1
                ? "1 damaged line (line " + first.number() + ", " + first.reason() + ")"
                : rejected.size() + " damaged lines (first: line " + first.number() + ", " + first.reason() + ")";
        return aside != null
                ? shown(journal) + ": " + what + " set aside in " + aside + "; every other answer loaded"
                : shown(journal) + ": " + what + " skipped; every other answer loaded";
    }
}
