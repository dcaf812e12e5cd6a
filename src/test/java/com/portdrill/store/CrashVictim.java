package com.portdrill.store;

import com.portdrill.deck.Outcome;
import com.portdrill.journal.JournalLine;
import com.portdrill.journal.StudyMode;
import com.portdrill.srs.Rating;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * The process {@link CrashTest} kills: reads answer numbers from standard input, saves each, and only then
 * prints its feedback line, as plain mode does. Arguments: the progress folder and a card id prefix.
 */
public final class CrashVictim {
    private CrashVictim() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        String prefix = args[1];
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        ProgressStore store = ProgressStore.open(dir, Clock.systemUTC()).store();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            JournalLine r = new JournalLine(prefix + "-" + line, Reviews.T0.plusSeconds(Long.parseLong(line)), Rating.GOOD,
                    Outcome.CORRECT, line, 1500, StudyMode.STUDY);
            if (store.append(r).durable()) {
                out.println("Correct " + line);
                out.flush();
            }
        }
        store.close();
    }
}
