package com.portdrill.bench;

import com.portdrill.srs.CardState;
import com.portdrill.srs.Rating;
import com.portdrill.srs.State;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One review of the simulation as ts-fsrs-throughput.mjs {@code --dump} writes it: the card after the review.
 *
 * @param card   the card's index
 * @param review the review's index for that card, from 0
 * @param rating the rating given
 * @param now    when the review happened
 * @param after  the card after the review
 */
public record GoldenRow(int card, int review, Rating rating, Instant now, CardState after) {
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    /** The JSON line, byte for byte as the script's {@code JSON.stringify} writes it. */
    public String toJson() {
        return "{\"card\":" + card + ",\"review\":" + review + ",\"rating\":" + rating.value()
                + ",\"elapsed_days\":" + after.elapsedDays() + ",\"scheduled_days\":" + after.scheduledDays()
                + ",\"stability\":" + JsNumbers.format(after.stability())
                + ",\"difficulty\":" + JsNumbers.format(after.difficulty())
                + ",\"now\":\"" + ISO_MILLIS.format(now) + "\",\"due\":\"" + ISO_MILLIS.format(after.due())
                + "\",\"state\":\"" + stateName(after.state()) + "\",\"learning_steps\":" + after.learningSteps() + "}";
    }

    /** ts-fsrs's names for the states. */
    private static String stateName(State state) {
        String name = state.name();
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
