package com.portdrill.session;

import com.portdrill.catalogue.Document;
import com.portdrill.catalogue.Verdict;
import com.portdrill.deck.AnswerKind;
import com.portdrill.deck.Card;
import com.portdrill.deck.Deck;
import com.portdrill.deck.Direction;
import com.portdrill.deck.Explanation;
import com.portdrill.deck.Outcome;
import com.portdrill.journal.JournalLine;
import com.portdrill.journal.StudyMode;
import com.portdrill.srs.Rating;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Small hand-made cards, and a fixed time, for the session rules' tests. */
public final class Cards {
    public static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    private Cards() {
    }

    /** Port → service: asks for {@code name} on {@code port}. */
    public static Card p2s(int port, String name, String... distractors) {
        return new Card("p2s:" + port, Direction.PORT_TO_SERVICE, "Port " + port + ": which service?",
                "端口 " + port + " 是什么服务？", AnswerKind.SERVICE, List.of(), List.of(name), List.of(distractors),
                explanation(port, name));
    }

    /** Service → port. */
    public static Card s2p(int port, String name, String... distractors) {
        return new Card("s2p:" + port, Direction.SERVICE_TO_PORT, "Which port does " + name + " use?",
                name + " 使用哪个端口？", AnswerKind.PORTS, List.of(port), List.of(), List.of(distractors),
                explanation(port, name));
    }

    public static Card withDirection(Card c, Direction d) {
        return new Card(d.code() + ":" + c.id(), d, c.promptEn(), c.promptZh(), c.answerKind(), c.answerPorts(),
                c.acceptedAnswers(), c.distractors(), c.explanation());
    }

    public static Card withSources(Card c, Set<Document> sources) {
        Explanation e = c.explanation();
        return new Card(c.id(), c.direction(), c.promptEn(), c.promptZh(), c.answerKind(), c.answerPorts(),
                c.acceptedAnswers(), c.distractors(), new Explanation(e.ports(), e.service(), e.descriptionEn(),
                e.descriptionZh(), sources, e.iana(), e.verdict(), e.correctionEn(), e.correctionZh(), e.noteEn(),
                e.noteZh()));
    }

    static Explanation explanation(int port, String name) {
        return new Explanation(List.of(port), name, name + " on port " + port + ".", "端口 " + port + " 上的 " + name + "。",
                Set.of(Document.EN, Document.ZH), port + " " + name.toLowerCase() + " (tcp)", Verdict.AGREES, null, null,
                null, null);
    }

    public static Deck deck(Card... cards) {
        return new Deck("test", "Test", "测试", List.of(cards));
    }

    public static JournalLine review(String cardId, Instant at, Outcome outcome) {
        Rating r = SuggestedRating.of(outcome);
        return new JournalLine(cardId, at, r, outcome, "x", 1000, StudyMode.STUDY);
    }
}
