package com.portdrill.tui;

import com.portdrill.i18n.Lang;
import com.portdrill.session.AnswerMode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LinesTest {
    @Test
    void textWrapsBetweenWordsNeverInsideOne() {
        assertThat(Lines.wrap("The Windows file sharing NetBIOS/SMB", 30, ""))
                .containsExactly("The Windows file sharing", "NetBIOS/SMB");
        assertThat(Lines.wrap("Come back later, or raise --limit.", 22, ""))
                .containsExactly("Come back later, or", "raise --limit.");
        assertThat(Lines.wrap("NetBIOS/SMB over TCP", 10, "")).containsExactly("NetBIOS/", "SMB over", "TCP");
        assertThat(Lines.wrap("abcdefghij", 4, "")).containsExactly("abcd", "efgh", "ij");
    }

    @Test
    void chineseWrapsBetweenCharactersAndBeforeALatinWordRatherThanInsideIt() {
        assertThat(Lines.wrap("复习阶段卡片的", 6, "")).containsExactly("复习阶", "段卡片", "的");
        assertThat(Lines.wrap("文件共享使用NetBIOS", 14, "")).containsExactly("文件共享使用", "NetBIOS");
    }

    @Test
    void onAVeryWideWindowTextStopsAtAReadableWidth() {
        StudyScreen s = Fixtures.screen(Fixtures.review(AnswerMode.TYPED, Fixtures.ssh()));
        List<String> lines = Fixtures.text(s.view(Fixtures.look(Lang.EN, false, 300, 40))).lines().toList();
        assertThat(lines.subList(2, lines.size())).allMatch(l -> l.stripTrailing().length() <= Look.READABLE);
        assertThat(new Look(Lang.EN, Theme.of(false), 300, 40, Choices.defaults()).textWidth()).isEqualTo(Look.READABLE);
        assertThat(new Look(Lang.EN, Theme.of(false), 80, 40, Choices.defaults()).textWidth()).isEqualTo(79);
    }
}
