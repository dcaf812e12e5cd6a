// Golden rows for reviews at irregular times (early, same day, late by minutes across midnight, late by days),
// which ts-fsrs-throughput.mjs never makes. Regenerate from shared/bench after `npm install` there:
//   cp ts-fsrs-irregular.mjs ../shared/bench/ && (cd ../shared/bench && node ts-fsrs-irregular.mjs) > ts-fsrs-irregular.jsonl
// One row per review: the time and rating, the retrievability ts-fsrs reports just before, and the card after.
import { createEmptyCard, fsrs, generatorParameters, State } from 'ts-fsrs';

const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));
const T0 = Date.UTC(2026, 0, 1, 0, 0, 0, 0);
const MIN = 60 * 1000, DAY = 24 * 60 * MIN;
let s = 2026;
const next = (n) => { s = (Math.imul(s, 1664525) + 1013904223) | 0; return (s >>> 16) % n; };

for (let c = 0; c < 24; c++) {
  let card = createEmptyCard(new Date(T0));
  let now = new Date(T0 + ((c * 97) % 1440) * MIN + next(60000));
  for (let r = 0; r < 30; r++) {
    const rating = 1 + next(4);
    const retrievability = scheduler.get_retrievability(card, now, false);
    const { card: after } = scheduler.next(card, now, rating);
    console.log(JSON.stringify({
      card: c, review: r, rating, now: now.toISOString(), retrievability,
      elapsed_days: after.elapsed_days, scheduled_days: after.scheduled_days,
      stability: after.stability, difficulty: after.difficulty, due: after.due.toISOString(),
      state: State[after.state], learning_steps: after.learning_steps, reps: after.reps, lapses: after.lapses,
    }));
    card = after;
    const last = card.last_review.getTime(), due = card.due.getTime();
    switch (next(4)) {
      case 0: now = new Date(last + Math.floor((due - last) * next(1000) / 1000)); break;
      case 1: now = new Date(due); break;
      case 2: now = new Date(due + next(100) * 37 * MIN); break;
      default: now = new Date(due + next(40) * DAY + next(1440) * MIN);
    }
  }
}
