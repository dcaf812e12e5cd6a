package com.portdrill.launch;

import com.portdrill.journal.JournalLine;
import com.portdrill.srs.CardState;
import com.portdrill.srs.Scheduler;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * What every launch stands on: the learner's progress, the moment and the seeded random.
 *
 * @param states    every reviewed card's state, by card id, folded with {@code scheduler}'s parameters
 * @param history   every answer in the journal
 * @param now       when the session starts (a quiz's clock starts here)
 * @param zone      where "today" is, for the day's new cards
 * @param random    orders new cards and choices; the same seed gives the same first card
 */
public record Footing(Map<String, CardState> states, List<JournalLine> history, Scheduler scheduler, Instant now,
                      ZoneId zone, RandomGenerator random) {
}
