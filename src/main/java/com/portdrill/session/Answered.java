package com.portdrill.session;

/** The check every session makes before moving on: the answer is to the question it asked. */
final class Answered {
    private Answered() {
    }

    /**
     * @throws IllegalStateException    when the session is over
     * @throws IllegalArgumentException when {@code answer} is to another question
     */
    static void requireCurrent(Session session, Attempt.Judged answer) {
        Question q = session.current().orElseThrow(() -> new IllegalStateException("the session is over"));
        if (!q.equals(answer.question())) {
            throw new IllegalArgumentException("the answer is to " + answer.question().card().id()
                    + ", not to the question asked, " + q.card().id());
        }
    }
}
