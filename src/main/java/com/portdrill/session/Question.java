package com.portdrill.session;

import com.portdrill.deck.Card;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.random.RandomGenerator;

/**
 * A card as it is asked: typed, as four choices, or as a flip card.
 *
 * @param card    the card asked
 * @param mode    how it is answered
 * @param options for {@link AnswerMode#CHOICE}: the right answer and up to three of the card's distractors,
 *                shuffled; empty otherwise
 * @param right   the index of the right answer in {@code options}, or -1 when there are none
 */
public record Question(Card card, AnswerMode mode, List<String> options, int right) {
    /** How many options a choice question shows at most. */
    public static final int MAX_OPTIONS = 4;
    private static final String LETTERS = "abcd";

    public Question {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(mode, "mode");
        options = List.copyOf(options);
        if (mode == AnswerMode.CHOICE ? right < 0 || right >= options.size() : !options.isEmpty() || right != -1) {
            throw new IllegalArgumentException("options do not fit the mode " + mode + ": " + options + " / " + right);
        }
    }

    /**
     * Asks {@code card} in {@code mode}. A choice question takes three of the card's distractors at random and
     * shuffles them with the right answer; a card without distractors is asked typed instead, since one option
     * is no question.
     */
    public static Question ask(Card card, AnswerMode mode, RandomGenerator random) {
        if (mode != AnswerMode.CHOICE) {
            return new Question(card, mode, List.of(), -1);
        }
        List<String> pool = new ArrayList<>();
        for (String d : card.distractors()) {
            if (!pool.contains(d) && !d.equals(card.displayAnswer())) {
                pool.add(d);
            }
        }
        if (pool.isEmpty()) {
            return new Question(card, AnswerMode.TYPED, List.of(), -1);
        }
        shuffle(pool, random);
        List<String> options = new ArrayList<>(pool.subList(0, Math.min(MAX_OPTIONS - 1, pool.size())));
        options.add(card.displayAnswer());
        shuffle(options, random);
        return new Question(card, mode, options, options.indexOf(card.displayAnswer()));
    }

    /**
     * The option a key names: {@code 1}–{@code 4} or {@code a}–{@code d} (either case, spaces around ignored);
     * empty when the key names no option of this question.
     */
    public OptionalInt optionFor(String key) {
        String k = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        if (k.length() != 1) {
            return OptionalInt.empty();
        }
        int i = Character.isDigit(k.charAt(0)) ? k.charAt(0) - '1' : LETTERS.indexOf(k.charAt(0));
        return i >= 0 && i < options.size() ? OptionalInt.of(i) : OptionalInt.empty();
    }

    /** The label an option is shown with: {@code 1}–{@code 4} (the letters {@code a}–{@code d} are accepted too). */
    public static String label(int option) {
        return Integer.toString(option + 1);
    }

    /** The answer as shown after the question: the right option's text, or the card's answer. */
    public String answer() {
        return card.displayAnswer();
    }

    /** Fisher–Yates with the caller's generator, so a seed fixes the order. */
    static <T> void shuffle(List<T> list, RandomGenerator random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
