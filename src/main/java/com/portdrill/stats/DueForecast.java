package com.portdrill.stats;

import com.portdrill.srs.CardState;
import com.portdrill.srs.State;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How many cards come due on each coming day; a card already overdue is due today. */
final class DueForecast {
    private DueForecast() {
    }

    static List<DayCount> of(Map<String, CardState> states, Days days) {
        LocalDate today = days.today();
        int[] counts = new int[Statistics.FORECAST_DAYS];
        for (CardState s : states.values()) {
            if (s.state() == State.NEW) {
                continue;
            }
            long ahead = Math.max(0, ChronoUnit.DAYS.between(today, days.dateOf(s.due())));
            if (ahead < counts.length) {
                counts[(int) ahead]++;
            }
        }
        List<DayCount> out = new ArrayList<>(counts.length);
        for (int i = 0; i < counts.length; i++) {
            out.add(new DayCount(today.plusDays(i), counts[i]));
        }
        return out;
    }
}
