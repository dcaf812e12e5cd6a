package com.portdrill.session;

import com.portdrill.deck.AnswerKind;
import com.portdrill.deck.Card;
import com.portdrill.deck.Direction;
import com.portdrill.deck.NameIndex;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Messages;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class MixupTextTest {
    private static final Card IMAP = named(Cards.p2s(143, "IMAP"), "IMAP", "IMAP4");
    private static final Card IMAPS = named(Cards.p2s(993, "IMAPS"), "IMAPS", "IMAP4S");
    private static final Card POP3 = Cards.p2s(110, "POP3");
    /** "IMAPS (993) is the secure form of which protocol?": the deck's own word that 993 secures 143. */
    private static final Card SECURE_FORM = new Card("secure-form:993", Direction.COUNTERPART, "IMAPS (993)?",
            "IMAPS（993）？", AnswerKind.NAME, List.of(143), List.of("IMAP, 143/tcp", "IMAP"), List.of(),
            Cards.explanation(993, "IMAPS"));
    private static final NameIndex NAMES = NameIndex.of(List.of(IMAP, IMAPS, POP3, SECURE_FORM,
            Cards.s2p(993, "IMAPS")));

    private static Card named(Card c, String... names) {
        return new Card(c.id(), c.direction(), c.promptEn(), c.promptZh(), c.answerKind(), c.answerPorts(),
                List.of(names), c.distractors(), c.explanation());
    }

    private static Attempt.Judged typed(Card card, String given) {
        Question q = new Question(card, AnswerMode.TYPED, List.of(), -1);
        Attempt a = Answering.judge(q, new Response.Typed(given), Instant.EPOCH, Instant.EPOCH.plusSeconds(5));
        return (Attempt.Judged) a;
    }

    /** The mix-up line for {@code given} typed on {@code card}, in the deck of {@link #NAMES}. */
    private static Optional<String> mixup(Card card, String given, Lang lang) {
        return ExplanationText.mixup(typed(card, given), NAMES, Messages.of(lang));
    }

    @Test
    void aNameOfTheClearFormForTheSecurePortSaysWhatItIsAndWhatTheSecureFormIs() {
        assertThat(mixup(IMAPS, "IMAP4", Lang.EN))
                .contains("IMAP4 is IMAP, port 143. 993 is IMAPS, its secure form.");
        assertThat(mixup(IMAPS, "IMAP4", Lang.ZH))
                .contains("IMAP4 是 IMAP，端口 143。993 是 IMAPS，它的安全形式。");
    }

    @Test
    void theSecureNameForTheClearPortSaysWhichItSecures() {
        assertThat(mixup(IMAP, "imaps", Lang.EN))
                .contains("imaps is port 993. 143 is IMAP, which IMAPS secures.");
    }

    @Test
    void anUnrelatedNameIsJustPlaced() {
        assertThat(mixup(IMAP, "POP3", Lang.EN))
                .contains("POP3 is port 110.");
    }

    @Test
    void aNameWithBracketsIsPlacedAsTheJudgeReadsIt() {
        assertThat(mixup(IMAPS, "IMAP (IMAP4)", Lang.EN))
                .contains("IMAP (IMAP4) is IMAP, port 143. 993 is IMAPS, its secure form.");
        assertThat(mixup(IMAPS, "POP3 (TCP)", Lang.EN))
                .contains("POP3 (TCP) is POP3, port 110.");
        assertThat(mixup(IMAPS, "POP3 (IMAP)", Lang.EN))
                .as("two services named: which is meant is not known").isEmpty();
    }

    @Test
    void aSiblingsPortNumberIsNamed() {
        assertThat(mixup(Cards.s2p(993, "IMAPS"), "143", Lang.EN))
                .contains("143 is IMAP; IMAPS is 993.");
        assertThat(mixup(Cards.s2p(993, "IMAPS"), "143", Lang.ZH))
                .contains("143 是 IMAP；IMAPS 是 993。");
    }

    @Test
    void onePortOfTheRightGroupIsNotPlacedAsAnotherService() {
        NameIndex ptp = NameIndex.of(List.of(Cards.p2s(319, "PTP event"), Cards.s2p(319, "PTP event")));
        Card both = new Card("s2p:319,320", Direction.SERVICE_TO_PORT, "PTP?", "PTP？", AnswerKind.PORTS,
                List.of(319, 320), List.of(), List.of(), Cards.explanation(319, "PTP"));
        assertThat(ExplanationText.mixup(typed(both, "319"), ptp, Messages.of(Lang.EN))).isEmpty();
    }

    @Test
    void nothingIsAddedToARightAnswerOrToANameNoCardKnows() {
        assertThat(mixup(IMAPS, "IMAP4S", Lang.EN)).isEmpty();
        assertThat(mixup(IMAPS, "gopher", Lang.EN)).isEmpty();
        assertThat(mixup(Cards.s2p(993, "IMAPS"), "4242", Lang.EN))
                .isEmpty();
    }
}
