package com.portdrill.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.portdrill.chart.StatisticsView;
import com.portdrill.deck.Card;
import com.portdrill.i18n.Lang;
import com.portdrill.progress.Review;
import com.portdrill.session.QuizResult;
import com.portdrill.srs.CardState;
import com.portdrill.srs.Fuzz;
import com.portdrill.srs.Parameters;
import com.portdrill.srs.Scheduler;
import com.portdrill.stats.Statistics;
import com.portdrill.stats.StatisticsInput;
import com.portdrill.store.DeckFileException;
import com.portdrill.store.DeckFiles;
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
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code portdrill stats}: opens progress read-only, so it works while another copy is studying. */
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Your progress: answers per day, true retention, cards by state, cards coming due, "
                + "weakest cards, quiz bests and streak, drawn as text charts.")
public final class StatsCommand implements Callable<Integer> {
    private static final String ALL_DECK = "all";

    @ParentCommand
    PortdrillCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object with every figure (\"reviews\" is the answers stored).")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Scheduler scheduler = new Scheduler(Parameters.defaults(), Fuzz.off());
        List<Review> reviews;
        Map<String, CardState> states;
        ProgressStore.Opened opened;
        try {
            opened = ProgressStore.openReadOnly(parent.global.dataDir(), Clock.systemUTC());
        } catch (StoreException e) {
            throw UserError.failure(e.getMessage());
        }
        warn(err, opened.warnings());
        try (ProgressStore store = opened.store()) {
            reviews = List.copyOf(store.reviews());
            states = Map.copyOf(store.cardStates(new UnfuzzedFsrsFold(scheduler)));
        }
        List<Card> cards = deckCards(parent.global.decksDir(), err);
        err.flush();
        Instant now = Clock.systemUTC().instant();
        ZoneId zone = ZoneId.systemDefault();
        // Quiz results are not kept yet: the timed quiz's file comes with the study modes.
        List<QuizResult> quizzes = List.of();
        Statistics statistics = Statistics.compute(new StatisticsInput(reviews, states, cards, quizzes, scheduler,
                Parameters.defaults().desiredRetention(), now, zone));
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            // Standard output stays open for the newline and for whoever runs this command in-process.
            try (JsonGenerator g = new JsonFactory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
                StatisticsJson.write(g, statistics, zone);
            }
            out.println();
        } else {
            StatisticsView.render(statistics, TerminalWidth.of(), lang()).forEach(out::println);
        }
        out.flush();
        return ExitCode.OK;
    }

    private Lang lang() {
        return parent.global.lang() == GlobalOptions.Lang.zh ? Lang.ZH : Lang.EN;
    }

    /**
     * Every deck's cards, each id once, the every-port deck first. A deck that cannot be read is named and left
     * out: the statistics still stand on the journal.
     */
    private static List<Card> deckCards(Path dir, PrintWriter err) {
        List<String> names;
        try {
            names = new ArrayList<>(DeckFiles.deckNames(dir));
        } catch (DeckFileException e) {
            warn(err, List.of(e.getMessage() + "; new cards are not counted"));
            return List.of();
        }
        if (names.remove(ALL_DECK)) {
            names.add(0, ALL_DECK);
        }
        Map<String, Card> byId = new LinkedHashMap<>();
        for (String name : names) {
            try {
                DeckFiles.load(dir, name).cards().forEach(c -> byId.putIfAbsent(c.id(), c));
            } catch (DeckFileException e) {
                warn(err, List.of(e.getMessage() + "; its cards are left out of the statistics"));
            }
        }
        return List.copyOf(byId.values());
    }

    private static void warn(PrintWriter err, List<String> warnings) {
        for (String warning : warnings) {
            err.println("portdrill: " + Sanitize.forTerminal(warning));
        }
    }
}
