package com.portdrill.deck;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One question.
 *
 * @param id              stable across rebuilds and reordering; progress refers to it
 * @param direction       what it shows and asks
 * @param promptEn        the question in English
 * @param promptZh        the question in Chinese
 * @param answerKind      whether the answer is ports or a service name
 * @param answerPorts     the ports that answer it (all of them for a group), for {@link AnswerKind#PORTS}
 * @param acceptedAnswers the names that answer it, for {@link AnswerKind#SERVICE}: the first is the one shown
 * @param distractors     plausible wrong answers for multiple choice, never equal to a right one
 * @param explanation     what is shown after the answer
 */
public record Card(String id, Direction direction, String promptEn, String promptZh, AnswerKind answerKind,
                   List<Integer> answerPorts, List<String> acceptedAnswers, List<String> distractors,
                   Explanation explanation) {
    public Card {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(answerKind, "answerKind");
        answerPorts = List.copyOf(answerPorts);
        acceptedAnswers = List.copyOf(acceptedAnswers);
        distractors = List.copyOf(distractors);
        Objects.requireNonNull(explanation, "explanation");
    }

    /** The answer as shown to the learner: the ports joined by commas, or the first accepted name. */
    public String displayAnswer() {
        if (answerKind.answeredByPorts()) {
            return showPorts(answerPorts);
        }
        return acceptedAnswers.isEmpty() ? "" : acceptedAnswers.get(0);
    }

    /** Ports as a learner reads them: {@code 20, 21}. */
    public static String showPorts(List<Integer> ports) {
        return ports.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
