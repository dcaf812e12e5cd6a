package com.portdrill.session;

import com.portdrill.catalogue.CataloguePort;
import com.portdrill.catalogue.Catalogue;
import com.portdrill.deck.PortKnowledge;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Messages;
import com.portdrill.i18n.Message;
import com.portdrill.session.ExplanationText.Line;
import com.portdrill.session.ExplanationText.Part;
import com.portdrill.testing.ShippedKnowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PortReportTest {
    private static final Catalogue catalogue = ShippedKnowledge.catalogue();
    private static final PortKnowledge knowledge = ShippedKnowledge.knowledge();

    private static PortReport report(String query, Lang ui) {
        return PortReport.of(knowledge, query, Messages.of(ui), ui);
    }

    @ParameterizedTest
    @ValueSource(strings = {"22/tcp", "tcp/22", "TCP 22", "port 22", "２２", " 22 "})
    void everyFormOfAPortQueryGivesTheSameLines(String query) {
        assertThat(report(query, Lang.EN)).isEqualTo(report("22", Lang.EN));
        assertThat(report(query, Lang.ZH).lines()).isEqualTo(report("22", Lang.ZH).lines());
    }

    @Test
    void aPortReadsHeadingFirstThenWhatWeTeachThenTheDocumentsIanaAndTheVerdict() {
        PortReport r = report("109", Lang.EN);
        assertThat(r.status()).isEqualTo(PortReport.Status.FOUND);
        assertThat(r.problem()).isEmpty();
        List<Line> lines = r.lines();
        assertThat(lines.get(0)).isEqualTo(new Line(Part.HEADING, "Port 109"));
        assertThat(lines).extracting(Line::part).containsSubsequence(Part.SERVICE, Part.DESCRIPTION, Part.IANA,
                Part.VERDICT, Part.CORRECTION);
        assertThat(lines).contains(
                new Line(Part.SERVICE, "The port tables we quote call it: Post Office Protocol – Version 3"),
                new Line(Part.IANA, "IANA: 109/tcp  pop2  Post Office Protocol - Version 2"));
        assertThat(lines).filteredOn(l -> l.part() == Part.VERDICT).singleElement().extracting(Line::text)
                .asString().startsWith("Verdict: the document disagrees with IANA (disagrees). ");
        assertThat(r.sections()).singleElement().satisfies(s -> assertThat(s.documentsWrong()).isTrue());
    }

    @Test
    void theDocumentsEntryIsNamedWhereItListsOtherPortsToo() {
        assertThat(report("1025", Lang.EN).lines()).contains(
                new Line(Part.SERVICE, "The port tables we quote call it: network blackjack (listed under 1025, 1033)"));
        assertThat(report("1033", Lang.ZH).lines()).contains(
                new Line(Part.SERVICE, "所引端口表称它为：[NULL]（文档未写服务名）（列于 1025, 1033 条目下）"));
        assertThat(report("22", Lang.EN).lines()).contains(new Line(Part.SERVICE, "The port tables we quote call it: Ssh"));
    }

    @Test
    void aNameFindsEachOfItsPortsInOrder() {
        PortReport r = report("WinRM", Lang.EN);
        assertThat(r.sections()).extracting(s -> s.about().port()).containsExactly(5985, 5986);
        assertThat(r.lines()).filteredOn(l -> l.part() == Part.HEADING).extracting(Line::text)
                .containsExactly("Port 5985", "Port 5986");
    }

    @Test
    void chineseGivesChineseVerdictsForEveryVerdictTheCatalogueHolds() {
        for (CataloguePort p : catalogue.ports()) {
            String name = switch (p.assessment().verdict()) {
                case AGREES -> Message.VERDICT_AGREES.in(Lang.ZH);
                case ALIAS -> Message.VERDICT_ALIAS.in(Lang.ZH);
                case DISAGREES -> Message.VERDICT_DISAGREES.in(Lang.ZH);
                case UNOFFICIAL -> Message.VERDICT_UNOFFICIAL.in(Lang.ZH);
            };
            List<Line> verdicts = report(String.valueOf(p.port()), Lang.ZH).lines().stream()
                    .filter(l -> l.part() == Part.VERDICT).toList();
            assertThat(verdicts).as("port %d", p.port()).singleElement().extracting(Line::text).isEqualTo(
                    "判定：" + name + "（" + p.assessment().verdict().code() + "）");
        }
    }

    @Test
    void chineseSaysEveryLabelInChinese() {
        List<String> zh = report("109", Lang.ZH).lines().stream().map(Line::text).toList();
        assertThat(zh).contains("端口 109", "判定：文档与 IANA 不一致（disagrees）", "IANA：109/tcp  pop2  Post Office Protocol - Version 2");
        assertThat(zh).anySatisfy(l -> assertThat(l).startsWith("更正：").contains("109 端口是 POP2"));
        assertThat(String.join("\n", zh)).doesNotContain("Verdict", "Correction", "Port 109", "IANA:");
    }

    @Test
    void aReservedRowIsSaidSoInEitherLanguage() {
        assertThat(report("0", Lang.EN).lines()).contains(new Line(Part.IANA, "IANA: 0/tcp  (reserved)  Reserved"));
        assertThat(report("0", Lang.ZH).lines()).contains(new Line(Part.IANA, "IANA：0/tcp  （保留）  Reserved"));
    }

    @Test
    void aPortNoDocumentHoldsSaysSoInTheFeedbacksWords() {
        assertThat(report("3306", Lang.EN).lines()).contains(new Line(Part.SOURCES,
                "The port tables we quote leave this port out; what it is comes from IANA, the official registry."))
                .extracting(Line::part).doesNotContain(Part.VERDICT, Part.SERVICE);
        assertThat(report("1600", Lang.ZH).lines()).contains(new Line(Part.SOURCES, "只有英文端口表有这个端口。"),
                new Line(Part.DESCRIPTION, "英文端口表：The Shivka-Burka Trojan opens this port."));
    }

    @Test
    void aQueryThatNamesNoPortGetsOneLineThatSaysWhy() {
        PortReport range = report("70000", Lang.ZH);
        assertThat(range.status()).isEqualTo(PortReport.Status.OUT_OF_RANGE);
        assertThat(range.sections()).isEmpty();
        assertThat(range.lines()).containsExactly(new Line(Part.UNKNOWN, "端口 70000 超出范围：请输入 0–65535 或服务名"));
        PortReport near = report("kerberoz", Lang.EN);
        assertThat(near.status()).isEqualTo(PortReport.Status.UNKNOWN);
        assertThat(near.lines()).containsExactly(new Line(Part.UNKNOWN,
                "No port or service is named 'kerberoz'; did you mean Kerberos (88)?"));
        PortReport blank = report("  ", Lang.EN);
        assertThat(blank.status()).isEqualTo(PortReport.Status.NOTHING);
        assertThat(blank.lines()).isEmpty();
    }
}
