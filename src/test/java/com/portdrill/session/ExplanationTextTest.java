package com.portdrill.session;

import com.portdrill.catalogue.Document;
import com.portdrill.catalogue.Verdict;
import com.portdrill.deck.AnswerKind;
import com.portdrill.deck.Card;
import com.portdrill.deck.Direction;
import com.portdrill.deck.Explanation;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Messages;
import com.portdrill.session.ExplanationText.Line;
import com.portdrill.session.ExplanationText.Part;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ExplanationTextTest {
    private static Card card(Set<Document> sources, Verdict verdict, String correctionEn, String correctionZh,
                             String descriptionZh) {
        return new Card("p2s:635", Direction.PORT_TO_SERVICE, "Port 635?", "端口 635？", AnswerKind.SERVICE, List.of(),
                List.of("rlzdbase"), List.of(), new Explanation(List.of(635), "mountd", "Linux mountd bug.", descriptionZh,
                sources, "635 rlzdbase (tcp/udp): RLZ DBase", verdict, correctionEn, correctionZh, "A note.", null));
    }

    @Test
    void aWrongDocumentIsNeverShownWithoutItsCorrection() {
        List<Line> lines = ExplanationText.of(card(Set.of(Document.EN, Document.ZH), Verdict.UNOFFICIAL,
                "IANA assigns 635 to rlzdbase; mountd has no fixed port.", "IANA 将 635 分配给 rlzdbase。", "mountd 漏洞。"),
                Messages.of(Lang.EN));
        assertThat(lines).as("the answer, the line that teaches, the correction, then the documents").containsExactly(
                new Line(Part.ANSWER, "Answer: rlzdbase"),
                new Line(Part.NOTE, "Note: A note."),
                new Line(Part.CORRECTION, "Correction: IANA assigns 635 to rlzdbase; mountd has no fixed port."),
                new Line(Part.VERDICT, "Not an IANA assignment: an unofficial, trojan or backdoor use."),
                new Line(Part.DESCRIPTION, "The English port list says: Linux mountd bug."),
                new Line(Part.OTHER_DESCRIPTION, "The Chinese port list says: mountd 漏洞。"),
                new Line(Part.SERVICE, "The port tables we quote call it: mountd"),
                new Line(Part.IANA, "IANA: 635 rlzdbase (tcp/udp): RLZ DBase"));
    }

    @Test
    void chineseComesFirstInChineseAndAMissingTranslationFallsBackToEnglish() {
        List<Line> lines = ExplanationText.of(card(Set.of(Document.EN), Verdict.DISAGREES, "Fix in English.", null, null),
                Messages.of(Lang.ZH));
        assertThat(lines).contains(new Line(Part.DESCRIPTION, "英文端口表：Linux mountd bug."),
                new Line(Part.SOURCES, "只有英文端口表有这个端口。"),
                new Line(Part.VERDICT, "所引端口表对这个端口的说法有误：请记住更正。"),
                new Line(Part.CORRECTION, "更正：Fix in English."), new Line(Part.NOTE, "注：A note."));
        assertThat(lines).extracting(Line::part).doesNotContain(Part.OTHER_DESCRIPTION);
    }

    @Test
    void aPortNoDocumentHoldsIsSaidToBeSo() {
        assertThat(ExplanationText.of(card(Set.of(), Verdict.AGREES, null, null, null), Messages.of(Lang.EN)))
                .contains(new Line(Part.SOURCES,
                        "The port tables we quote leave this port out; what it is comes from IANA, the official registry."))
                .extracting(Line::part).doesNotContain(Part.CORRECTION, Part.VERDICT);
    }

    @Test
    void theDocumentsNameIsLeftOutWhereItIsTheAnswerShown() {
        Card c = card(Set.of(Document.EN), Verdict.AGREES, null, null, null);
        Card same = new Card(c.id(), c.direction(), c.promptEn(), c.promptZh(), c.answerKind(), c.answerPorts(),
                List.of("MOUNTD"), c.distractors(), c.explanation());
        assertThat(ExplanationText.of(same, Messages.of(Lang.EN))).extracting(Line::part).doesNotContain(Part.SERVICE);
    }

    @Test
    void aLongDescriptionIsShortenedToItsFirstSentenceAndGivenWholeOnAsking() {
        Card c = card(Set.of(Document.EN, Document.ZH), Verdict.AGREES, null, null, "第一句。第二句。");
        Card longer = new Card(c.id(), c.direction(), c.promptEn(), c.promptZh(), c.answerKind(), c.answerPorts(),
                c.acceptedAnswers(), c.distractors(), new Explanation(List.of(635), "mountd",
                "Linux mountd bug. Scanners look for it.", "第一句。第二句。", c.explanation().sources(),
                c.explanation().iana(), Verdict.AGREES, null, null, null, null));
        assertThat(ExplanationText.of(longer, Messages.of(Lang.ZH)))
                .contains(new Line(Part.DESCRIPTION, "中文端口表：第一句。"));
        assertThat(ExplanationText.of(longer, Messages.of(Lang.EN)))
                .contains(new Line(Part.DESCRIPTION, "The English port list says: Linux mountd bug."));
        assertThat(ExplanationText.whole(longer, Messages.of(Lang.EN))).contains(
                new Line(Part.DESCRIPTION, "The English port list says: Linux mountd bug. Scanners look for it."),
                new Line(Part.OTHER_DESCRIPTION, "The Chinese port list says: 第一句。第二句。"));
        assertThat(ExplanationText.shortened(longer, Messages.of(Lang.EN))).isTrue();
        assertThat(ExplanationText.shortened(c, Messages.of(Lang.EN))).isFalse();
    }
}
