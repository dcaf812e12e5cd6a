package com.portdrill.cli;

import com.portdrill.bench.ScanBench;
import com.portdrill.deck.PortKnowledge;
import com.portdrill.store.DeckDataFiles;
import com.portdrill.store.CatalogueFiles;
import com.portdrill.store.ScanFiles;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code portdrill bench scan}: the options of {@link ScanBench}, which measures, and how {@code scan} explains a
 * file ({@link ScanRows}), which it times.
 */
public final class BenchScanCommand extends BenchSubcommand {
    int ports;

    int repeat;

    Path dir;

    @Override
    void measure(PrintWriter out, PrintWriter err) throws IOException {
        PortKnowledge knowledge = PortKnowledge.of(CatalogueFiles.load(), DeckDataFiles.load());
        ScanBench.Explainer explainer = file -> {
            ScanRows rows = new ScanRows(knowledge, row -> { });
            ScanFiles.read(ScanFiles.open(file), Optional.empty(), rows, rows::unreadable);
            return rows.tally().rows();
        };
        new ScanBench(ports, repeat).run(dir, explainer, out);
    }
}
