package com.portdrill.launch;

/** What waits for the learner, shown beside Study and Review: cards due, new cards today, missed cards. */
public record Waiting(int due, int fresh, int missed) {
}
