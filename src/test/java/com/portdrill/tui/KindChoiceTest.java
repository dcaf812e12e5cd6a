package com.portdrill.tui;

import com.portdrill.catalogue.Verdict;
import com.portdrill.deck.AnswerKind;
import com.portdrill.deck.Card;
import com.portdrill.deck.Deck;
import com.portdrill.deck.Direction;
import com.portdrill.deck.Explanation;
import com.portdrill.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static com.portdrill.tui.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;

/** The kind of question chosen on the settings screen, shown under the menu and applied to study and the quiz. */
class KindChoiceTest {
    private static final Settings START = new Settings(Lang.EN, true, Choices.defaults());
    /** The kind row, last on the settings screen. */
    private static final int KIND_ROW = 5;

    private static Card card(String id, Direction d) {
        return new Card(id, d, id + "?", id + "？", AnswerKind.SERVICE, List.of(), List.of("x"), List.of("y"),
                new Explanation(List.of(), null, null, null, Set.of(), null, Verdict.AGREES, null, null, null, null));
    }

    private static Choices chosen(Next next) {
        return ((SettingsScreen) next.screen()).settings().choices();
    }

    @Test
    void theKindStepsFromEveryKindThroughEachKindBothWaysAndIsApplied() {
        SettingsScreen s = new SettingsScreen(START, KIND_ROW, true, "", false, List.of());
        assertThat(Choices.defaults().kind()).isEmpty();
        Next forward = s.update(new Msg.Press(Key.ENTER, ""));
        assertThat(chosen(forward).kind()).contains(Direction.PORT_TO_SERVICE);
        assertThat(forward.cmds()).containsExactly(new Cmd.ApplySettings(START.withChoices(
                Choices.defaults().withKind(Optional.of(Direction.PORT_TO_SERVICE)))));
        Next back = s.update(new Msg.Press(Key.LEFT, ""));
        assertThat(chosen(back).kind()).contains(Direction.IN_CLEAR);
        Next round = ((SettingsScreen) back.screen()).update(new Msg.Press(Key.RIGHT, ""));
        assertThat(chosen(round).kind()).isEmpty();
        Look look = new Look(Lang.EN, Theme.of(false), 100, 24, chosen(back));
        assertThat(text(back.screen().view(look))).contains("Kind of question in study and the quiz: in clear or not");
        Look zh = new Look(Lang.ZH, Theme.of(false), 100, 24, chosen(back));
        assertThat(text(back.screen().view(zh))).contains("学习和测验的题型：是否明文");
        assertThat(text(MenuScreen.start().view(look))).contains("Only: in clear or not");
        assertThat(text(MenuScreen.start().view(new Look(Lang.EN, Theme.of(false), 100, 24, Choices.defaults()))))
                .doesNotContain("Only: ");
    }

    @Test
    void aChosenKindNarrowsTheDeckWhereTheDeckHoldsIt() {
        Deck deck = new Deck("d", "D", "D", List.of(card("p2s:22", Direction.PORT_TO_SERVICE),
                card("transport:69", Direction.TRANSPORT), card("transport:123", Direction.TRANSPORT)));
        assertThat(Choices.defaults().applyKind(deck)).isEqualTo(deck);
        Choices transport = Choices.defaults().withKind(Optional.of(Direction.TRANSPORT));
        assertThat(transport.applyKind(deck).cards()).extracting(Card::id).containsExactly("transport:69", "transport:123");
        Choices none = Choices.defaults().withKind(Optional.of(Direction.PROTOCOL_NUMBER));
        assertThat(none.applyKind(deck)).as("a kind the deck lacks leaves the whole deck").isEqualTo(deck);
    }
}
