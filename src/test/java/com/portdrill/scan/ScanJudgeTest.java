package com.portdrill.scan;

import com.portdrill.deck.PortKnowledge;
import com.portdrill.catalogue.Verdict;
import com.portdrill.deck.Deck;
import com.portdrill.deck.DeckBuilder;
import com.portdrill.i18n.Lang;
import com.portdrill.store.CatalogueFiles;
import com.portdrill.store.DeckDataFiles;
import com.portdrill.store.ScanFiles;
import com.portdrill.testing.ShippedKnowledge;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Flags and explanations of open ports, read from the shipped data (flags.tsv, the catalogue, IANA). */
class ScanJudgeTest {
    private static PortKnowledge knowledge;
    private static ScanJudge judge;

    @BeforeAll
    static void load() {
        knowledge = ShippedKnowledge.knowledge();
        judge = new ScanJudge(knowledge::about, ScanFiles.flags());
    }

    private static List<Flag> flags(int port, Transport t, String address) {
        return judge.judge(Listener.at(port, t, address, null, null)).flags().stream().map(FlagNote::flag).toList();
    }

    @Test
    void telnetOnEveryInterfaceSendsCredentialsInClearAndIsExposed() {
        assertThat(flags(23, Transport.TCP, "0.0.0.0")).containsExactly(Flag.CLEARTEXT, Flag.EXPOSED);
        assertThat(flags(23, Transport.TCP, "127.0.0.1")).containsExactly(Flag.CLEARTEXT);
    }

    @Test
    void aDatabaseIsFlaggedOnlyBeyondLoopback() {
        assertThat(flags(3306, Transport.TCP, "::")).containsExactly(Flag.EXPOSED);
        assertThat(flags(3306, Transport.TCP, "10.0.0.5")).containsExactly(Flag.EXPOSED);
        assertThat(flags(3306, Transport.TCP, "::1")).isEmpty();
    }

    @Test
    void aTrojanPortCarriesTheDocumentsWordsAndTheVerdictsSource() {
        ScanRow row = judge.judge(Listener.at(1234, Transport.TCP, "0.0.0.0", null, null));
        assertThat(row.about().verdict()).contains(Verdict.UNOFFICIAL);
        FlagNote trojan = row.flags().stream().filter(n -> n.flag() == Flag.TROJAN).findFirst().orElseThrow();
        assertThat(trojan.noteEn()).contains("SubSeven");
        assertThat(trojan.source()).isEqualTo(row.about().catalogue().orElseThrow().assessment().source());
    }

    @Test
    void aPortIanaDoesNotRegisterIsAnUnregisteredUseAndStillListed() {
        ScanRow row = judge.judge(Listener.at(41000, Transport.TCP, "0.0.0.0", null, null));
        assertThat(row.flags()).extracting(FlagNote::flag).containsExactly(Flag.UNREGISTERED);
        assertThat(row.about().catalogue()).isEmpty();
        assertThat(ScanRowText.lines(row, Lang.EN)).first().isEqualTo("41000/tcp  every interface");
        assertThat(flags(2375, Transport.UDP, "0.0.0.0")).containsExactly(Flag.UNREGISTERED);
    }

    @Test
    void aConventionIanaRegistersToAnotherServiceIsAnUnregisteredUseNamedFromTheKnowledgeBase() {
        ScanRow oracle = judge.judge(Listener.at(1521, Transport.TCP, "0.0.0.0", null, null));
        assertThat(oracle.flags()).extracting(FlagNote::flag).contains(Flag.EXPOSED, Flag.UNREGISTERED);
        assertThat(String.join("\n", ScanRowText.lines(oracle, Lang.EN)))
                .contains("Service: Oracle").contains("IANA tcp: ncube-lm")
                .contains("Unregistered use: Oracle on 1521/tcp is a convention, not IANA's registration");
        assertThat(judge.judge(Listener.at(22, Transport.TCP, "0.0.0.0", null, null)).flags()).isEmpty();
    }

    @Test
    void theRowsTextSaysWhereWhatAndWhyInEitherLanguageWithControlCharactersInert() {
        ScanRow row = judge.judge(Listener.at(110, Transport.TCP, "0.0.0.0", "pop\u001b[31md (pid 7)", "Dovecot\u0007"));
        List<String> en = ScanRowText.lines(row, Lang.EN);
        assertThat(en.get(0)).isEqualTo("110/tcp  every interface  process pop␛[31md (pid 7)  banner: Dovecot␇");
        assertThat(en.get(1)).contains("IANA tcp: pop3").contains("verdict disagrees");
        assertThat(en).anySatisfy(l -> assertThat(l).startsWith("  Correction: ").contains("111"));
        assertThat(en).anySatisfy(l -> assertThat(l).startsWith("  ! Credentials in clear: ").contains("RFC 1939"));
        List<String> zh = ScanRowText.lines(row, Lang.ZH);
        assertThat(zh.get(0)).contains("所有网络接口").contains("进程");
        assertThat(zh).anySatisfy(l -> assertThat(l).contains("明文凭据").contains("POP3 以明文发送邮箱密码"));
        assertThat(String.join("\n", en) + String.join("\n", zh)).doesNotContain("\u001b").doesNotContain("\u0007");
    }

    @Test
    void theSummaryCountsPortsFlagsAndUnreadableLines() {
        ScanTally tally = new ScanTally();
        tally.row(judge.judge(Listener.at(23, Transport.TCP, "0.0.0.0", null, null)));
        tally.row(judge.judge(Listener.at(3306, Transport.TCP, "127.0.0.1", null, null)));
        tally.row(judge.judge(Listener.at(23, Transport.TCP, "::", null, null)));
        tally.unreadable(7);
        tally.unreadable(9);
        assertThat(ScanRowText.summary(tally, Lang.EN)).containsExactly(
                "3 open ports, 2 flagged: credentials in clear 2, database or admin service beyond loopback 2",
                "2 lines could not be read (the first is line 7); they are left out");
        assertThat(ScanRowText.summary(tally, Lang.ZH)).containsExactly(
                "共 3 个开放端口，2 个被标记：明文凭据 2，回环之外的数据库或管理服务 2", "2 行无法读取（第一处为第 7 行），已略过");
        assertThat(tally.ports()).containsExactly(23, 3306);
        assertThat(ScanRowText.summary(new ScanTally(), Lang.EN)).containsExactly("No open or listening port found.");
    }

    @Test
    void everyFlagRowNamesItsSourceAndAPortIanaRegistersOnThatTransport() {
        ScanFlags flags = ScanFiles.flags();
        for (int port : new int[]{21, 23, 80, 110, 143, 161, 389, 512, 513, 1433, 3306, 3389, 5432, 6379, 27017}) {
            for (Transport t : Transport.values()) {
                for (FlagNote n : flags.of(port, t)) {
                    assertThat(n.source()).isNotBlank();
                    assertThat(n.noteEn()).isNotBlank();
                    assertThat(n.noteZh()).isNotBlank();
                    assertThat(knowledge.about(port).iana(t.code())).as(port + "/" + t.code()).isNotEmpty();
                }
            }
        }
        assertThat(flags.of(23, Transport.TCP)).extracting(FlagNote::flag).containsExactly(Flag.CLEARTEXT, Flag.EXPOSED);
    }

    @Test
    void aFlagsFileWithABadRowIsRefusedNamingTheLine() {
        assertThatThrownBy(() -> ScanFlags.parse("# c\n22\ttcp\tsecret\tRFC 4253\tx\ty\n"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> ScanFlags.parse("22\ttcp\ttrojan\tRFC 4253\tx\ty\n")).hasMessageContaining("line 1");
        assertThat(ScanFlags.parse("22\ttcp\tcleartext\tsource\tx\ty\n").of(22, Transport.TCP)).hasSize(1);
    }

    @Test
    void aDeckFromAScanTakesTheBuiltCardsOfThePortsFoundOnce() {
        List<Deck> built = new DeckBuilder(DeckBuilder.DECK_SEED).build(CatalogueFiles.load(), DeckDataFiles.load());
        int[] found = {22, 23, 41000};
        Deck d = ScanDeck.of("lab", "Lab", "实验", found, built);
        assertThat(d.cards()).isNotEmpty();
        assertThat(d.cards()).allMatch(c -> c.explanation().ports().contains(22) || c.explanation().ports().contains(23));
        assertThat(d.cards().stream().map(c -> c.id()).distinct().count()).isEqualTo(d.cards().size());
        assertThat(built.stream().flatMap(b -> b.cards().stream())).containsAll(d.cards());
        assertThat(ScanDeck.covered(d, found)).isEqualTo(2);
        assertThat(ScanDeck.of("lab", "Lab", "实验", found, built)).isEqualTo(d);
    }
}
