package com.portdrill.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SentencesTest {
    @Test
    void theFirstSentenceIsKept() {
        assertThat(Sentences.shorten("Like POP3, many IMAP servers have overflows. Remember: a worm spreads here.", 160))
                .isEqualTo("Like POP3, many IMAP servers have overflows.");
    }

    @Test
    void chineseSentenceEndsCountToo() {
        assertThat(Sentences.shorten("和POP3一样，许多IMAP服务器存在漏洞。记住：一种蠕虫会通过这个端口繁殖。", 160))
                .isEqualTo("和POP3一样，许多IMAP服务器存在漏洞。");
    }

    @Test
    void aSentenceTooLongIsCutAtAWordWithAnEllipsis() {
        assertThat(Sentences.shorten("one two three four five six seven eight", 20)).isEqualTo("one two three four…");
        assertThat(Sentences.shorten("一二三四五六七八九十", 5)).isEqualTo("一二三四五…");
    }

    @Test
    void aShortTextAndAFullStopInsideAWordStayWhole() {
        assertThat(Sentences.shorten("SSL (Secure Sockets layer).", 160)).isEqualTo("SSL (Secure Sockets layer).");
        assertThat(Sentences.shorten("Runs on www.example.org too", 160)).isEqualTo("Runs on www.example.org too");
    }
}
