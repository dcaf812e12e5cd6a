package com.portdrill.tui;

import com.portdrill.deck.PortKnowledge;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Messages;
import com.portdrill.session.ExplanationText;
import com.portdrill.session.PortReport;
import com.portdrill.testing.ShippedKnowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.stream.Collectors;

import static com.portdrill.tui.Fixtures.key;
import static com.portdrill.tui.Fixtures.text;
import static com.portdrill.tui.Fixtures.type;
import static org.assertj.core.api.Assertions.assertThat;

class LookupScreenTest {
    private static final PortKnowledge knowledge = ShippedKnowledge.knowledge();

    private static String explain(String q, Lang ui) {
        List<Para> paras = PortLookup.explain(knowledge, q, ui, ui);
        return paras.stream().map(Para::text).collect(Collectors.joining("\n"));
    }

    @Test
    void aPortIsExplainedFromTheDocumentsAndIana() {
        String s = explain("22", Lang.EN);
        assertThat(s).contains("Port 22").contains("IANA: 22/tcp  ssh").contains("Verdict:");
    }

    @Test
    void aServiceNameOrAliasFindsItsPorts() {
        assertThat(explain("DNS", Lang.EN)).contains("Port 53");
        assertThat(explain("ssh", Lang.EN)).contains("Port 22");
    }

    @Test
    void aPortNoDocumentHoldsIsExplainedFromIanaAlone() {
        assertThat(explain("3306", Lang.EN)).contains("The port tables we quote leave this port out").contains("3306/tcp");
    }

    @Test
    void badQueriesGetOneLineThatSaysWhatIsWrong() {
        assertThat(explain("70000", Lang.EN)).contains("out of range");
        assertThat(explain("nosuchservicexyz", Lang.EN)).contains("No port or service is named 'nosuchservicexyz'");
        assertThat(explain("   ", Lang.EN)).isEmpty();
        assertThat(explain("70000", Lang.ZH)).contains("超出范围");
    }

    @Test
    void theScreenLooksUpOnEnterAndGoesBackOnEsc() {
        Screen s = LookupScreen.of(knowledge, Lang.EN);
        for (String c : List.of("2", "1")) {
            s = s.update(type(c)).screen();
        }
        assertThat(text(s.view(Fixtures.look()))).doesNotContain("Port 21");
        s = s.update(key(Key.ENTER)).screen();
        Frame f = s.view(Fixtures.look());
        assertThat(text(f)).contains("Port or service: 21").contains("Port 21");
        assertThat(f.cursorShown()).isTrue();
        assertThat(s.update(type("q")).cmds()).as("q is text while a query is typed").isEmpty();
        assertThat(s.update(key(Key.ESC)).cmds()).containsExactly(new Cmd.Back());
        assertThat(LookupScreen.of(knowledge, Lang.EN).update(type("q")).cmds()).containsExactly(new Cmd.Back());
    }

    @Test
    void tabShowsTheOtherLanguagesDescription() {
        Screen s = LookupScreen.of(knowledge, Lang.EN).update(type("8")).screen();
        s = s.update(type("0")).screen().update(key(Key.ENTER)).screen();
        String en = text(s.view(Fixtures.look(Lang.EN, true, 80, 40)));
        String zh = text(s.update(key(Key.TAB)).screen().view(Fixtures.look(Lang.EN, true, 80, 40)));
        assertThat(en).contains("The English port list says:");
        assertThat(zh).contains("The Chinese port list says:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"22", "tcp/22", "ssh", "109", "1600", "3306", "WinRM", "0", "70000", "kerberoz"})
    void theScreenShowsThePortReportsLinesInEitherLanguage(String query) {
        for (Lang ui : Lang.values()) {
            List<String> report = PortReport.of(knowledge, query, Messages.of(ui), ui).lines().stream()
                    .map(ExplanationText.Line::text).toList();
            assertThat(report).isNotEmpty();
            assertThat(PortLookup.explain(knowledge, query, ui, ui)).extracting(Para::text).as("%s in %s", query, ui)
                    .isEqualTo(report);
        }
    }

    @Test
    void theScreenWarnsOnTheVerdictOnlyWhereTheDocumentsAreWrong() {
        assertThat(PortLookup.explain(knowledge, "109", Lang.EN, Lang.EN))
                .filteredOn(p -> p.text().startsWith("Verdict:")).extracting(Para::role).containsExactly(Role.WARN);
        assertThat(PortLookup.explain(knowledge, "1600", Lang.EN, Lang.EN))
                .filteredOn(p -> p.text().startsWith("Verdict:")).extracting(Para::role).containsExactly(Role.MUTED);
        assertThat(PortLookup.explain(knowledge, "22", Lang.EN, Lang.EN).get(0)).isEqualTo(new Para(Role.TITLE, "Port 22"));
        assertThat(PortLookup.explain(knowledge, "70000", Lang.EN, Lang.EN)).extracting(Para::role).containsExactly(Role.WRONG);
    }
}
