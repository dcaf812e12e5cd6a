package com.portdrill.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.portdrill.deck.PortKnowledge;
import com.portdrill.store.DeckDataFiles;
import com.portdrill.deck.Deck;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Message;
import com.portdrill.scan.Flag;
import com.portdrill.scan.FlagNote;
import com.portdrill.scan.Listener;
import com.portdrill.scan.ScanDeck;
import com.portdrill.scan.ScanFormat;
import com.portdrill.scan.ScanRow;
import com.portdrill.scan.ScanRowText;
import com.portdrill.scan.ScanTally;
import com.portdrill.store.CatalogueFiles;
import com.portdrill.store.DeckFileException;
import com.portdrill.store.DeckFiles;
import com.portdrill.store.ScanFileException;
import com.portdrill.store.ScanFiles;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** {@code portdrill scan [FILE|-]}: explains the ports open on this machine or in a scan, and makes a deck of them. */
public final class ScanCommand implements Callable<Integer> {
    PortdrillCommand parent;

    CommandSpec spec;

    String file;

    String format;

    boolean json;

    String deck;

    @Override
    public Integer call() {
        Optional<ScanFormat> forced = forcedFormat();
        List<Deck> built = deck == null ? List.of() : checkedDeckName();
        Lang ui = Lang.orEnglish(parent.global.lang());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PortKnowledge knowledge = PortKnowledge.of(CatalogueFiles.load(), DeckDataFiles.load());
        Output output = json ? new JsonOutput(out) : new TextOutput(out, ui);
        ScanRows rows = new ScanRows(knowledge, output);
        String read;
        try {
            read = read(forced, rows);
        } catch (ScanFileException e) {
            output.abandon();
            throw UserError.failure(e.getMessage());
        }
        ScanTally tally = rows.tally();
        output.end(tally, read);
        if (tally.unreadable() > 0) {
            err.println("portdrill: " + ScanRowText.summary(tally, Lang.EN).get(1));
        }
        if (deck != null) {
            writeDeck(built, tally.ports(), json ? err : out, ui);
        }
        out.flush();
        err.flush();
        return ExitCode.OK;
    }

    private String read(Optional<ScanFormat> forced, ScanRows rows) throws ScanFileException {
        if (file == null) {
            if (!ScanFiles.readLocal(ScanRows.PROC_NET, rows, rows::unreadable)) {
                throw UserError.failure("this system has no /proc/net to read its sockets from; pipe netstat in instead:"
                        + " 'netstat -an | portdrill scan -'");
            }
            return ScanFormat.PROC_NET.code();
        }
        if (file.equals("-")) {
            return ScanFiles.read(ScanFiles.limited(System.in), forced, rows, rows::unreadable).code();
        }
        return ScanFiles.read(ScanFiles.open(Path.of(file)), forced, rows, rows::unreadable).code();
    }

    private Optional<ScanFormat> forcedFormat() {
        if (format == null) {
            return Optional.empty();
        }
        if (file == null) {
            throw UserError.usage("--format names the format of a file or of standard input; give one, e.g. 'portdrill scan"
                    + " --format ss FILE'");
        }
        return Optional.of(ScanFormat.ofCode(format.strip().toLowerCase(Locale.ROOT)).orElseThrow(() -> UserError.usage(
                "'" + format + "' is not a format portdrill reads; use one of " + ScanFormat.codes())));
    }

    /** The built decks, once the name is known to be plain and not one of theirs (which decks build would overwrite). */
    private List<Deck> checkedDeckName() {
        if (!DeckFiles.isPlainName(deck)) {
            throw UserError.usage("'" + deck + "' is not a deck name: use lower-case letters, digits and '-', e.g. --deck my-ports");
        }
        List<Deck> built = BuiltDecks.build();
        if (built.stream().anyMatch(d -> d.name().equals(deck))) {
            throw UserError.usage("'" + deck + "' is a built deck's name; choose another, e.g. --deck my-ports");
        }
        return built;
    }

    private void writeDeck(List<Deck> built, int[] ports, PrintWriter to, Lang ui) {
        Deck d = ScanDeck.of(deck, Message.SCAN_DECK_TITLE.in(Lang.EN), Message.SCAN_DECK_TITLE.in(Lang.ZH), ports, built);
        Path dir = parent.global.decksDir();
        try {
            DeckFiles.write(dir, d);
        } catch (DeckFileException e) {
            throw UserError.failure(e.getMessage());
        }
        to.println(Message.SCAN_DECK_WRITTEN.in(ui, deck, d.cards().size(), ScanDeck.covered(d, ports), ports.length, deck));
    }

    /** Where rows go as they are read, so that nothing but the tally is kept. */
    private interface Output extends Consumer<ScanRow> {
        void end(ScanTally tally, String format);

        /** The input failed part way: close what was opened so that the output stays well formed where it can. */
        void abandon();
    }

    private static final class TextOutput implements Output {
        private final PrintWriter out;
        private final Lang ui;

        TextOutput(PrintWriter out, Lang ui) {
            this.out = out;
            this.ui = ui;
        }

        @Override
        public void accept(ScanRow row) {
            ScanRowText.lines(row, ui).forEach(out::println);
        }

        @Override
        public void end(ScanTally tally, String format) {
            if (tally.rows() > 0) {
                out.println();
            }
            out.println(ScanRowText.summary(tally, ui).get(0));
        }

        @Override
        public void abandon() {
            out.flush();
        }
    }

    /** {@code {"rows": [...], "summary": {...}}}, written as it goes. */
    private static final class JsonOutput implements Output {
        private final JsonGenerator gen;

        JsonOutput(PrintWriter out) {
            try {
                gen = CatalogueJson.MAPPER.getFactory().createGenerator(out);
                gen.useDefaultPrettyPrinter();
                gen.writeStartObject();
                gen.writeArrayFieldStart("rows");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void accept(ScanRow row) {
            try {
                CatalogueJson.MAPPER.writeTree(gen, row(row));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void end(ScanTally tally, String format) {
            try {
                gen.writeEndArray();
                ObjectNode s = CatalogueJson.MAPPER.createObjectNode();
                s.put("format", format);
                s.put("open", tally.rows());
                s.put("flagged", tally.flagged());
                ObjectNode by = s.putObject("byFlag");
                for (Map.Entry<Flag, Long> e : tally.byFlag().entrySet()) {
                    by.put(e.getKey().code(), e.getValue());
                }
                s.put("unreadableLines", tally.unreadable());
                if (tally.unreadable() > 0) {
                    s.put("firstUnreadableLine", tally.firstUnreadable());
                } else {
                    s.putNull("firstUnreadableLine");
                }
                ArrayNode ports = s.putArray("ports");
                for (int p : tally.ports()) {
                    ports.add(p);
                }
                gen.writeFieldName("summary");
                CatalogueJson.MAPPER.writeTree(gen, s);
                gen.writeEndObject();
                gen.writeRaw('\n');
                gen.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void abandon() {
            try {
                gen.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static ObjectNode row(ScanRow row) {
            Listener l = row.listener();
            ObjectNode o = CatalogueJson.MAPPER.createObjectNode();
            o.put("port", l.port());
            o.put("transport", l.transport().code());
            o.put("address", CatalogueJson.safe(l.address()));
            o.put("reach", l.reach().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            o.put("process", CatalogueJson.safe(l.process()));
            o.put("banner", CatalogueJson.safe(l.banner()));
            ArrayNode flags = o.putArray("flags");
            for (FlagNote n : row.flags()) {
                ObjectNode f = flags.addObject();
                f.put("flag", n.flag().code());
                f.put("en", CatalogueJson.safe(n.noteEn()));
                f.put("zh", CatalogueJson.safe(n.noteZh()));
                f.put("source", CatalogueJson.safe(n.source()));
            }
            o.set("explain", ExplainCommand.json(row.about()));
            return o;
        }
    }
}
