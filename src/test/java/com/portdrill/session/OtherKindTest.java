package com.portdrill.session;

import com.portdrill.deck.AnswerKind;
import com.portdrill.i18n.Message;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An answer of the other kind is told the kind wanted; plain mode and the full screen both read it from here. */
class OtherKindTest {
    @Test
    void eachKindWantedIsNamedAndTheNamedKindsShareOneLine() {
        assertThat(new Attempt.OtherKind(AnswerKind.PORTS).askAgain()).isEqualTo(Message.ASK_AGAIN_PORT);
        assertThat(new Attempt.OtherKind(AnswerKind.TRANSPORT).askAgain()).isEqualTo(Message.ASK_AGAIN_TRANSPORT);
        assertThat(new Attempt.OtherKind(AnswerKind.PROTOCOL_NUMBER).askAgain())
                .isEqualTo(Message.ASK_AGAIN_PROTOCOL_NUMBER);
        assertThat(new Attempt.OtherKind(AnswerKind.SERVICE).askAgain()).isEqualTo(Message.ASK_AGAIN_NAME);
        assertThat(new Attempt.OtherKind(AnswerKind.NAME).askAgain()).isEqualTo(Message.ASK_AGAIN_NAME);
    }
}
