package com.portdrill.tui;

import com.portdrill.deck.PortKnowledge;
import com.portdrill.i18n.Lang;
import com.portdrill.scan.Listener;
import com.portdrill.scan.ScanJudge;
import com.portdrill.scan.Transport;
import com.portdrill.store.ScanFiles;
import com.portdrill.testing.ShippedKnowledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.portdrill.tui.Fixtures.key;
import static com.portdrill.tui.Fixtures.text;
import static com.portdrill.tui.Fixtures.type;
import static org.assertj.core.api.Assertions.assertThat;

/** The look-up screen's "ports open here": shown until a query is submitted, and again after a blank one. */
class OpenHereTest {
    private static PortKnowledge knowledge;
    private static OpenHere here;

    @BeforeAll
    static void load() {
        knowledge = ShippedKnowledge.knowledge();
        ScanJudge judge = new ScanJudge(knowledge::about, ScanFiles.flags());
        here = new OpenHere.Rows(List.of(judge.judge(Listener.at(23, Transport.TCP, "0.0.0.0", "telnetd\u001b[31m (pid 9)", null)),
                judge.judge(Listener.at(631, Transport.TCP, "::1", null, null))));
    }

    @Test
    void theScreenOpensOnThePortsOpenHereWithTheirFlags() {
        String shown = text(LookupScreen.of(knowledge, Lang.EN, here).view(Fixtures.look(Lang.EN, false, 100, 30)));
        assertThat(shown).contains("Ports open here").contains("23/tcp  every interface  process telnetd␛[31m (pid 9)")
                .contains("Credentials in clear").contains("631/tcp  loopback only (::1)").contains("2 open ports, 1 flagged")
                .doesNotContain("\u001b");
    }

    @Test
    void aQueryReplacesThemAndABlankOneBringsThemBack() {
        Screen s = LookupScreen.of(knowledge, Lang.EN, here).update(type("2")).screen().update(type("2")).screen()
                .update(key(Key.ENTER)).screen();
        assertThat(text(s.view(Fixtures.look(Lang.EN, false, 100, 30)))).contains("Port 22").doesNotContain("Ports open here");
        for (int i = 0; i < 2; i++) {
            s = s.update(key(Key.BACKSPACE)).screen();
        }
        s = s.update(key(Key.ENTER)).screen();
        assertThat(text(s.view(Fixtures.look(Lang.EN, false, 100, 30)))).contains("Ports open here");
    }

    @Test
    void inChineseAndWhenTheyCannotBeRead() {
        assertThat(text(LookupScreen.of(knowledge, Lang.ZH, here).view(Fixtures.look(Lang.ZH, false, 100, 30))))
                .contains("本机开放的端口").contains("所有网络接口");
        assertThat(text(LookupScreen.of(knowledge, Lang.EN, new OpenHere.Unavailable("no /proc/net here"))
                .view(Fixtures.look(Lang.EN, false, 100, 30)))).contains("Ports open here: no /proc/net here");
        assertThat(text(LookupScreen.of(knowledge, Lang.EN).view(Fixtures.look()))).doesNotContain("Ports open here");
    }
}
