package com.portdrill.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.portdrill.chart.StatisticsView;
import com.portdrill.i18n.Lang;
import com.portdrill.stats.Statistics;
import com.portdrill.text.Sanitize;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;

/** {@code portdrill stats}: opens progress read-only, so it works while another copy is studying. */
public final class StatsCommand implements Callable<Integer> {
    PortdrillCommand parent;

    CommandSpec spec;

    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Path dataDir = parent.global.dataDir();
        if (Files.notExists(dataDir, LinkOption.NOFOLLOW_LINKS)) {
            warn(err, "no progress in " + dataDir + ": the folder does not exist (study first, or check --data-dir)");
        }
        int stored;
        Statistics statistics;
        SchedulingParameters.Active active;
        Lang lang;
        ZoneId zone;
        try (Context context = Context.forReport(parent.global, parent.around.clock())) {
            active = context.active();
            stored = context.store().reviewCount();
            statistics = Statistics.compute(context.statistics(active.parameters()));
            lang = json ? Lang.EN : context.lang();
            zone = context.clock().getZone();
            context.takeWarnings().forEach(w -> warn(err, w));
        }
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            // Standard output stays open for the newline and for whoever runs this command in-process.
            try (JsonGenerator g = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
                StatisticsJson.write(g, stored, statistics, zone, active);
            }
            out.println();
        } else {
            StatisticsView.render(statistics, TerminalWidth.of(), lang).forEach(out::println);
            out.println();
            out.println(SchedulingParameters.describe(active, lang));
        }
        out.flush();
        return ExitCode.OK;
    }

    private static void warn(PrintWriter err, String warning) {
        err.println("portdrill: " + Sanitize.forTerminal(warning));
    }
}
