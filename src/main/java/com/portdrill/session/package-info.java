/**
 * The rules of study, timed quiz, review of missed cards and drill, as immutable values: no terminal, no
 * files, time passed in as an {@link java.time.Instant}, randomness as a seeded
 * {@link java.util.random.RandomGenerator} (a session draws one seed from it and derives every later shuffle,
 * so the same seed asks the same questions the same way).
 *
 * <h2>The loop every front end runs</h2>
 * <pre>{@code
 * Session s = StudySession.start(StudyPlan.of(deck, states, reviews, limit, now, zone), mode, states,
 *                                Scheduling.scheduler(), random);          // or Quiz/Review/DrillSession.start
 * while (s.current().isPresent()) {
 *     Question q = s.current().get();        // q.card().promptEn()/promptZh(), q.options() for CHOICE
 *     Instant shownAt = clock.instant();
 *     Response r = ...;                      // Typed(text) | Picked(index, q.optionFor("b")) | SelfGraded(rating)
 *     Attempt a = s.judge(r, shownAt, clock.instant());
 *     if (a instanceof Attempt.Blank) continue;        // ask the same question again, nothing recorded
 *     if (a instanceof Attempt.OtherKind) continue;    // a name where a port is asked: say what is wanted, ask again
 *     if (a instanceof Attempt.Late) break;            // quiz only: past the deadline, not scored
 *     Attempt.Judged j = (Attempt.Judged) a;
 *     Recorded saved = recorder.record(j.review(s.studyMode()));   // durable (or pending) BEFORE feedback
 *     // now show j.outcome().verdict() (Correct/Close/Wrong), j.question().answer(), the card's explanation,
 *     // j.suggested() and j.easyOffered(); the learner may pick another rating, or say "I was right":
 *     //   j = j.withRating(r);    recorder.record(j.correction(s.studyMode(), Review.Kind.REGRADE));
 *     //   j = j.overruled();      recorder.record(j.correction(s.studyMode(), Review.Kind.OVERRULE));
 *     // a correction is a journal line that names the answer it corrects (its card and time);
 *     // journal.Corrections folds it in place of that answer for FSRS, missed cards and statistics alike.
 *     s = s.next(j);                          // with the verdict and rating the learner settled on
 * }
 * }</pre>
 *
 * <ul>
 * <li>{@link com.portdrill.session.StudySession}: the {@link com.portdrill.session.StudyPlan} (due first by due
 * time, then new cards up to the day's limit, one per port first); cards FSRS brings back within
 * {@link com.portdrill.session.StudySession#LEARN_AHEAD} are asked again in the same session.</li>
 * <li>{@link com.portdrill.session.QuizSession}: seeded order cycling through the deck; over at
 * {@link com.portdrill.session.QuizSession#deadline()} exactly ({@code isOver}, {@code remaining} for the
 * countdown); {@code finish(now)} gives the {@link com.portdrill.session.QuizResult};
 * {@link com.portdrill.session.QuizBests} finds the personal best. Quiz answers are reviews too.</li>
 * <li>{@link com.portdrill.session.ReviewSession}: the cards of {@link com.portdrill.session.MissedCards#of};
 * a card leaves when answered right, otherwise it goes to the back.</li>
 * <li>{@link com.portdrill.session.DrillSession}: endless, weakest first;
 * {@link com.portdrill.session.DrillSession#cardsFor} picks the cards.</li>
 * </ul>
 * {@link com.portdrill.session.Progress} gives answered/total, correct, close, streak for a header or summary.
 * {@link com.portdrill.session.ExplanationText#of} gives the explanation after an answer, one fact a line with its
 * {@link com.portdrill.session.ExplanationText.Part} (the description shortened; hold {@code OTHER_DESCRIPTION} back
 * and show {@link com.portdrill.session.ExplanationText#whole} when the learner asks; never drop {@code CORRECTION});
 * {@link com.portdrill.session.ExplanationText#mixup} says what a wrong name or port typed really is, from the
 * deck's {@link com.portdrill.deck.NameIndex}; sanitise the text before drawing it.
 * {@link com.portdrill.session.PortReport#of} is a look-up's answer in the same typed lines, one section per port a
 * query names, which the look-up screen and {@code explain} print as they are; the feedback's description and
 * "which port lists hold it" lines come from its helpers. These two are where {@code session} uses {@code i18n}
 * (both are core), so plain mode, {@code explain} and the full-screen UI say the same facts the same way.
 */
package com.portdrill.session;
