package com.portdrill.srs;

import java.time.Instant;

/** One answer to replay: when it was given and how it was rated. */
public record ReviewEvent(Instant at, Rating rating) {
}
