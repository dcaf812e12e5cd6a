package com.portdrill.bench;

import com.portdrill.srs.Rating;

/**
 * The simulation's ratings: a 32-bit LCG (Numerical Recipes' constants, Java int arithmetic) whose bits 16–31
 * modulo 100 split into Again 15 %, Hard 15 %, Good 55 %, Easy 15 %, as in ts-fsrs-throughput.mjs.
 */
final class RatingStream {
    private int state;

    RatingStream(int seed) {
        this.state = seed;
    }

    Rating next() {
        state = state * 1664525 + 1013904223;
        int u = (state >>> 16) % 100;
        return u < 15 ? Rating.AGAIN : u < 30 ? Rating.HARD : u < 85 ? Rating.GOOD : Rating.EASY;
    }
}
