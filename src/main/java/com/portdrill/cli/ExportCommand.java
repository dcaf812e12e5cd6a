package com.portdrill.cli;

import com.portdrill.deck.Deck;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Message;
import com.portdrill.store.AnkiExport;
import com.portdrill.store.DeckFileException;
import com.portdrill.store.DeckFiles;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code portdrill export anki FILE [--deck D]}: the decks as a file another program imports. */
public final class ExportCommand {
    PortdrillCommand root;

    static final class Anki implements Callable<Integer> {
        ExportCommand export;
        CommandSpec spec;

        Path file;

        String deck;

        boolean force;

        @Override
        public Integer call() {
            if (Files.isRegularFile(file) && !force) {
                throw UserError.failure(file + " exists; add --force to overwrite it, or choose another file");
            }
            Path dir = export.root.global.decksDir();
            List<Deck> decks = new ArrayList<>();
            if (deck != null) {
                DeckLoad.requireDeckName(deck);
            }
            try {
                List<String> names = deck != null ? List.of(deck) : DeckFiles.deckNames(dir);
                if (names.isEmpty()) {
                    throw UserError.failure("no decks in " + dir + "; run 'portdrill decks build'");
                }
                for (String name : names) {
                    decks.add(DeckFiles.load(dir, name));
                }
            } catch (DeckFileException e) {
                throw UserError.failure(e.getMessage());
            }
            String text = AnkiExport.render(decks);
            try {
                AnkiExport.write(file, text);
            } catch (IOException e) {
                throw UserError.failure("cannot write " + file + " (" + e.getMessage()
                        + "); choose a file in a folder you can write to");
            }
            long notes = decks.stream().flatMap(d -> d.cards().stream()).map(c -> c.id()).distinct().count();
            Lang lang = Lang.orEnglish(export.root.global.lang());
            spec.commandLine().getOut().println(Message.EXPORT_WROTE.in(lang, notes, file));
            spec.commandLine().getOut().flush();
            return ExitCode.OK;
        }
    }
}
