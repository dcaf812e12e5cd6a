package com.portdrill.session;

import com.portdrill.deck.Card;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuestionTest {
    private static final Card SSH = Cards.p2s(22, "SSH", "Telnet", "FTP", "SMTP", "SFTP", "RDP");

    @Test
    void choiceHasTheRightAnswerAndThreeDistractorsOnce() {
        Question q = Question.ask(SSH, AnswerMode.CHOICE, new SplittableRandom(1));
        assertThat(q.options()).hasSize(4).doesNotHaveDuplicates().contains("SSH");
        assertThat(q.options().get(q.right())).isEqualTo("SSH");
        assertThat(SSH.distractors()).containsAll(q.options().stream().filter(o -> !o.equals("SSH")).toList());
    }

    @Test
    void theSeedFixesTheOptionsAndOtherSeedsVaryThem() {
        List<String> first = Question.ask(SSH, AnswerMode.CHOICE, new SplittableRandom(7)).options();
        assertThat(Question.ask(SSH, AnswerMode.CHOICE, new SplittableRandom(7)).options()).isEqualTo(first);
        Set<List<String>> seen = new HashSet<>();
        Set<Integer> rightAt = new HashSet<>();
        for (long seed = 0; seed < 40; seed++) {
            Question q = Question.ask(SSH, AnswerMode.CHOICE, new SplittableRandom(seed));
            seen.add(q.options());
            rightAt.add(q.right());
        }
        assertThat(seen.size()).isGreaterThan(10);
        assertThat(rightAt).containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    @Test
    void fewDistractorsGiveFewerOptionsAndNoneAsksTyped() {
        Question two = Question.ask(Cards.p2s(22, "SSH", "Telnet"), AnswerMode.CHOICE, new SplittableRandom(1));
        assertThat(two.options()).containsExactlyInAnyOrder("SSH", "Telnet");
        Question none = Question.ask(Cards.p2s(22, "SSH"), AnswerMode.CHOICE, new SplittableRandom(1));
        assertThat(none.mode()).isEqualTo(AnswerMode.TYPED);
        assertThat(none.options()).isEmpty();
    }

    @Test
    void aDistractorEqualToTheAnswerIsNeverShownTwice() {
        Question q = Question.ask(Cards.p2s(22, "SSH", "SSH", "Telnet", "Telnet"), AnswerMode.CHOICE,
                new SplittableRandom(3));
        assertThat(q.options()).containsExactlyInAnyOrder("SSH", "Telnet");
    }

    @Test
    void optionsAreNamedByDigitOrLetter() {
        Question q = Question.ask(SSH, AnswerMode.CHOICE, new SplittableRandom(1));
        assertThat(q.optionFor("1")).hasValue(0);
        assertThat(q.optionFor(" 4 ")).hasValue(3);
        assertThat(q.optionFor("b")).hasValue(1);
        assertThat(q.optionFor("D")).hasValue(3);
        assertThat(q.optionFor("5")).isEmpty();
        assertThat(q.optionFor("e")).isEmpty();
        assertThat(q.optionFor("0")).isEmpty();
        assertThat(q.optionFor("12")).isEmpty();
        assertThat(q.optionFor("")).isEmpty();
        assertThat(Question.ask(Cards.p2s(22, "SSH", "Telnet"), AnswerMode.CHOICE, new SplittableRandom(1))
                .optionFor("c")).isEmpty();
    }

    @Test
    void typedAndFlipQuestionsHaveNoOptions() {
        assertThat(Question.ask(SSH, AnswerMode.TYPED, new SplittableRandom(1)).options()).isEmpty();
        assertThat(Question.ask(SSH, AnswerMode.FLIP, new SplittableRandom(1)).right()).isEqualTo(-1);
        assertThatThrownBy(() -> new Question(SSH, AnswerMode.TYPED, List.of("SSH"), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
