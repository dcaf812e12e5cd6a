package com.portdrill.store;

import com.portdrill.srs.Rating;
import com.portdrill.srs.optimize.LoggedReview;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The review log CSV the FSRS tools exchange ({@code card_id,review_time,review_rating,review_state,review_duration},
 * the time in epoch milliseconds), as Anki's exports and the reference optimiser write it. The whole file is
 * checked before anything is used: the first bad line is named with what is wrong.
 */
public final class RevlogCsv {
    public static final String HEADER = "card_id,review_time,review_rating,review_state,review_duration";
    /** A larger file is not a review log a learner could have made (ten million reviews is far beyond one). */
    public static final long MAX_BYTES = 512L << 20;
    /** 1970 to the end of 9999, the dates the journal accepts. */
    private static final long MAX_TIME_MS = 253_402_300_799_999L;
    /** A review that took longer than a day was not timed. */
    private static final long MAX_DURATION_MS = 86_400_000L;
    private static final int MAX_CARD_ID = 200;

    private RevlogCsv() {
    }

    /**
     * The reviews of {@code file}.
     *
     * @throws StoreException naming the file, the line and the problem, when the file cannot be read or a line is
     *                        not a review
     */
    public static List<LoggedReview> read(Path file) {
        String shown = ProgressStore.shown(file);
        try {
            if (!Files.isRegularFile(file)) {
                throw new StoreException(Files.exists(file) ? shown + " is not a regular file; give a revlog CSV file"
                        : shown + " does not exist; give a revlog CSV file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new StoreException(shown + " is larger than " + (MAX_BYTES >> 20) + " MB, too large to be a"
                        + " review log; nothing was saved");
            }
            try (InputStream in = Files.newInputStream(file)) {
                return parse(in, shown);
            }
        } catch (NoSuchFileException e) {
            throw new StoreException(shown + " does not exist; give a revlog CSV file");
        } catch (CharacterCodingException e) {
            throw new StoreException(shown + " is not UTF-8 text, so not a revlog CSV; nothing was saved");
        } catch (IOException e) {
            throw new StoreException("cannot read " + shown + " (" + ProgressStore.reason(e) + "); check its permissions");
        }
    }

    /** Parses a revlog read from {@code in}; {@code name} is how messages name it. */
    public static List<LoggedReview> parse(InputStream in, String name) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        String header = lines.readLine();
        if (header == null) {
            throw bad(name, 1, "is empty; a revlog CSV starts with the header " + HEADER);
        }
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        if (!header.strip().equals(HEADER)) {
            throw bad(name, 1, "has the header '" + clip(header) + "'; a revlog CSV starts with " + HEADER);
        }
        List<LoggedReview> reviews = new ArrayList<>();
        Map<String, Long> lastTime = new HashMap<>();
        String line;
        int number = 1;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            LoggedReview review = row(line.strip(), name, number);
            Long previous = lastTime.put(review.cardId(), review.timeMs());
            if (previous != null && review.timeMs() < previous) {
                throw bad(name, number, "goes back in time: card " + clip(review.cardId()) + " was reviewed later on an"
                        + " earlier line; sort the log by time");
            }
            reviews.add(review);
        }
        return reviews;
    }

    private static LoggedReview row(String line, String name, int number) {
        String[] f = line.split(",", -1);
        if (f.length != 5) {
            throw bad(name, number, "has " + f.length + " fields, not the 5 of " + HEADER);
        }
        String card = f[0].strip();
        if (card.isEmpty() || card.length() > MAX_CARD_ID) {
            throw bad(name, number, "has no card_id (or one longer than " + MAX_CARD_ID + " characters)");
        }
        long time = number(f[1], "review_time", 0, MAX_TIME_MS, name, number);
        long rating = number(f[2], "review_rating", Rating.AGAIN.value(), Rating.EASY.value(), name, number);
        long state = number(f[3], "review_state", 0, 3, name, number);
        number(f[4], "review_duration", 0, MAX_DURATION_MS, name, number);
        return new LoggedReview(card, time, Rating.ofValue((int) rating), (int) state);
    }

    private static long number(String field, String column, long min, long max, String name, int number) {
        String s = field.strip();
        long value;
        try {
            value = Long.parseLong(s);
        } catch (NumberFormatException e) {
            throw bad(name, number, "has " + column + " '" + clip(s) + "', not a whole number");
        }
        if (value < min || value > max) {
            throw bad(name, number, "has " + column + " " + value + ", outside " + min + " to " + max);
        }
        return value;
    }

    private static StoreException bad(String name, int line, String problem) {
        return new StoreException(name + " line " + line + " " + problem + "; nothing was saved");
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
