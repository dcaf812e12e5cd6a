package com.portdrill.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.portdrill.store.ProgressStore;
import com.portdrill.store.StoreException;
import com.portdrill.text.Sanitize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;

/** {@code portdrill stats}: opens progress read-only, so it works while another copy is studying. */
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Your progress: answers stored so far.")
public final class StatsCommand implements Callable<Integer> {
    @ParentCommand
    PortdrillCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object (at least \"reviews\", the answers stored).")
    boolean json;

    @Override
    public Integer call() throws IOException {
        ProgressStore.Opened opened;
        try {
            opened = ProgressStore.openReadOnly(parent.global.dataDir(), Clock.systemUTC());
        } catch (StoreException e) {
            throw UserError.failure(e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        for (String warning : opened.warnings()) {
            err.println("portdrill: " + Sanitize.forTerminal(warning));
        }
        err.flush();
        int reviews;
        try (ProgressStore store = opened.store()) {
            reviews = store.reviewCount();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            // Standard output stays open for the newline and for whoever runs this command in-process.
            try (JsonGenerator g = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
                g.writeStartObject();
                g.writeNumberField("reviews", reviews);
                g.writeEndObject();
            }
            out.println();
        } else {
            out.println("Answers stored: " + reviews);
        }
        out.flush();
        return ExitCode.OK;
    }
}
