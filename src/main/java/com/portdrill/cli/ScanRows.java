package com.portdrill.cli;

import com.portdrill.deck.PortKnowledge;
import com.portdrill.scan.Listener;
import com.portdrill.scan.ScanJudge;
import com.portdrill.scan.ScanRow;
import com.portdrill.scan.ScanTally;
import com.portdrill.store.ScanFileException;
import com.portdrill.store.ScanFiles;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The wiring every reader of scans shares ({@code scan}, {@code bench scan}, the look-up's "ports open here"):
 * each port read is explained as {@code explain} would explain it, flagged, counted and handed on.
 */
final class ScanRows implements Consumer<Listener> {
    /** Where Linux keeps its socket tables. */
    static final Path PROC_NET = Path.of("/proc/net");

    private final ScanJudge judge;
    private final ScanTally tally = new ScanTally();
    private final Consumer<ScanRow> sink;

    ScanRows(PortKnowledge knowledge, Consumer<ScanRow> sink) {
        this.judge = new ScanJudge(knowledge::about, ScanFiles.flags());
        this.sink = sink;
    }

    @Override
    public void accept(Listener l) {
        ScanRow row = judge.judge(l);
        tally.row(row);
        sink.accept(row);
    }

    void unreadable(long line) {
        tally.unreadable(line);
    }

    ScanTally tally() {
        return tally;
    }

    /** This machine's listening sockets, explained; empty where there is no {@code /proc/net} (not Linux). */
    static Optional<List<ScanRow>> here(PortKnowledge knowledge, Path procNet) throws ScanFileException {
        List<ScanRow> rows = new ArrayList<>();
        ScanRows reader = new ScanRows(knowledge, rows::add);
        return ScanFiles.readLocal(procNet, reader, reader::unreadable) ? Optional.of(rows) : Optional.empty();
    }
}
