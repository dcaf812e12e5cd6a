package com.portdrill.tui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LineEditorTest {
    @Test
    void editsAtTheCursorByCodePoint() {
        LineEditor e = LineEditor.empty().insert("htp").left().insert("t");
        assertThat(e.text()).isEqualTo("http");
        assertThat(e.cursor()).isEqualTo(3);
        e = e.home().delete().end().backspace();
        assertThat(e.text()).isEqualTo("tt");
        assertThat(e.left().left().left().cursor()).isZero();
        assertThat(e.right().right().right().cursor()).isEqualTo(2);
        assertThat(e.clear().text()).isEmpty();
        assertThat(LineEditor.empty().backspace().delete().text()).isEmpty();
    }

    @Test
    void wideAndAstralCharactersMoveAndDeleteAsOne() {
        LineEditor e = LineEditor.empty().insert("域名😀x");
        assertThat(e.cursorColumn()).isEqualTo(2 + 2 + 2 + 1);
        e = e.left().left().backspace();
        assertThat(e.text()).isEqualTo("域😀x");
        assertThat(e.cursorColumn()).isEqualTo(2);
        assertThat(e.right().backspace().text()).isEqualTo("域x");
    }

    @Test
    void controlCharactersAreNeverStoredAndLengthIsCapped() {
        assertThat(LineEditor.empty().insert("a\u001b[2Jb\u0007").text()).isEqualTo("a[2Jb");
        assertThat(LineEditor.empty().insert("x".repeat(500)).text()).hasSize(LineEditor.MAX_CODE_POINTS);
    }

    @Test
    void ctrlWDeletesTheWordBeforeTheCursor() {
        LineEditor e = LineEditor.empty().insert("secure shell  ");
        LineEditor once = e.edit(Msg.Press.of(Key.CTRL_W)).orElseThrow();
        assertThat(once).isEqualTo(new LineEditor("secure ", 7));
        assertThat(once.deleteWord()).isEqualTo(LineEditor.empty());
        LineEditor mid = new LineEditor("安全 外壳 协议", 5);
        assertThat(mid.deleteWord()).isEqualTo(new LineEditor("安全  协议", 3));
        assertThat(LineEditor.empty().deleteWord()).isEqualTo(LineEditor.empty());
    }

    @Test
    void editingKeysEditAndOthersAreLeftToTheScreen() {
        LineEditor e = LineEditor.empty().insert("ab");
        assertThat(e.edit(Msg.Press.of(Key.CTRL_U))).contains(LineEditor.empty());
        assertThat(e.edit(Msg.Press.of(Key.HOME)).orElseThrow().cursor()).isZero();
        assertThat(e.edit(Msg.Press.of(Key.ENTER))).isEmpty();
        assertThat(e.edit(Msg.Press.of(Key.ESC))).isEmpty();
    }

    @Test
    void theInputLineScrollsToKeepTheCursorInView() {
        LineEditor e = LineEditor.empty().insert("0123456789".repeat(10));
        InputLine in = InputLine.of(Theme.of(false), "> ", e, 40);
        assertThat(in.line().columnLength()).isLessThanOrEqualTo(40);
        assertThat(in.cursorCol()).isLessThan(40);
        assertThat(in.line().toString()).endsWith("789");
    }
}
