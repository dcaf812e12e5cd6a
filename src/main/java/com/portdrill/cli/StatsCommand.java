package com.portdrill.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.portdrill.chart.StatisticsView;
import com.portdrill.deck.Card;
import com.portdrill.i18n.Lang;
import com.portdrill.journal.JournalLine;
import com.portdrill.session.Scheduling;
import com.portdrill.srs.CardState;
import com.portdrill.srs.Parameters;
import com.portdrill.stats.Statistics;
import com.portdrill.stats.StatisticsInput;
import com.portdrill.store.FsrsReviewFold;
import com.portdrill.store.ProgressStore;
import com.portdrill.store.QuizResultsFile;
import com.portdrill.store.StoreException;
import com.portdrill.text.Sanitize;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code portdrill stats}: opens progress read-only, so it works while another copy is studying. */
@Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Your progress: answers per day, true retention, cards by state, cards coming due, "
                + "weakest cards, quiz bests and streak, drawn as text charts.")
public final class StatsCommand implements Callable<Integer> {
    @ParentCommand
    PortdrillCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object with every figure (\"reviews\" is the answers stored).")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Clock clock = Clock.systemUTC();
        Path dataDir = parent.global.dataDir();
        if (Files.notExists(dataDir, LinkOption.NOFOLLOW_LINKS)) {
            warn(err, "no progress in " + dataDir + ": the folder does not exist (study first, or check --data-dir)");
        }
        ProgressStore.Opened opened;
        try {
            opened = ProgressStore.openReadOnly(dataDir, clock);
        } catch (StoreException e) {
            throw UserError.failure(e.getMessage());
        }
        opened.warnings().forEach(w -> warn(err, w));
        SchedulingParameters.Active active = SchedulingParameters.load(parent.global, clock, w -> warn(err, w));
        int stored;
        List<JournalLine> reviews;
        Map<String, CardState> states;
        try (ProgressStore store = opened.store()) {
            stored = store.reviewCount();
            reviews = List.copyOf(store.reviews());
            states = Map.copyOf(store.cardStates(new FsrsReviewFold(active.parameters())));
        }
        QuizResultsFile.Loaded quizzes = QuizResultsFile.load(dataDir, clock);
        quizzes.warning().ifPresent(w -> warn(err, w));
        List<Card> cards = DeckCards.all(parent.global.decksDir(), w -> warn(err, w));
        Lang lang = json ? Lang.EN : Languages.reporting(parent.global, clock, w -> warn(err, w));
        err.flush();
        ZoneId zone = ZoneId.systemDefault();
        Statistics statistics = Statistics.compute(new StatisticsInput(reviews, states, cards, quizzes.results(),
                Scheduling.scheduler(active.parameters()), active.parameters().desiredRetention(), clock.instant(), zone));
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
