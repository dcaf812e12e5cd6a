package com.portdrill.launch;

import com.portdrill.deck.Deck;
import com.portdrill.deck.NameIndex;
import com.portdrill.i18n.Lang;
import com.portdrill.i18n.Message;
import com.portdrill.i18n.Messages;
import com.portdrill.session.AnswerMode;
import com.portdrill.session.QuizResult;
import com.portdrill.session.Session;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a launch comes to: a session ready to run, or nothing to do and why. Either may carry {@code gone}, the missed
 * cards no deck holds any more, which both front ends report in one line.
 */
public sealed interface Launch permits Launch.Ready, Launch.Nothing {
    /** How each answer mode is explained at the start of a session. */
    Map<AnswerMode, Message> HOW = Map.of(AnswerMode.TYPED, Message.MODE_TYPED, AnswerMode.CHOICE, Message.MODE_CHOICE,
            AnswerMode.FLIP, Message.MODE_FLIP);

    /** Missed cards the journal names that no deck holds any more: skipped, and said so once. */
    int gone();

    /** The line that reports {@link #gone()}, when there is one. */
    default Optional<String> goneLine(Messages m) {
        return gone() > 0 ? Optional.of(m.get(Message.MISSED_CARDS_GONE, gone())) : Optional.empty();
    }

    /**
     * A started session and what its front ends show around it.
     *
     * @param deck     the deck it is on; empty for the review of every deck's misses
     * @param names    the whole deck's names, for feedback on a wrong name typed
     * @param previous earlier quiz results, for personal bests (a quiz's; empty otherwise)
     * @param size     the cards it sets out with: due and new for study, the drill's cards, the misses
     * @param fresh    of those, the new cards (study only)
     */
    record Ready(SessionKind kind, Session session, Optional<Deck> deck, NameIndex names, AnswerMode mode,
                 List<QuizResult> previous, int size, int fresh, int seconds, int gone) implements Launch {
        public Ready {
            previous = List.copyOf(previous);
        }

        /** The header's title: the deck's in the language, else its name; the review's own for every deck's misses. */
        public String title(Lang lang) {
            return deck.map(d -> title(d, lang)).orElseGet(() -> Message.MENU_REVIEW.in(lang));
        }

        /** The line plain mode opens with: what is asked, how many, and how to answer. */
        public String startLine(Messages m) {
            String how = m.get(HOW.get(mode));
            String name = deck.map(Deck::name).orElse("");
            switch (kind) {
                case STUDY:
                    return m.get(Message.STUDY_START, name, size - fresh, fresh, how);
                case QUIZ:
                    return m.get(Message.QUIZ_START, seconds, name, how);
                case REVIEW:
                    return m.get(Message.REVIEW_START, size, how);
                default:
                    return m.get(Message.DRILL_START, size, name, how);
            }
        }

        private static String title(Deck deck, Lang lang) {
            String t = lang == Lang.ZH && deck.titleZh() != null ? deck.titleZh() : deck.titleEn();
            return t == null || t.isBlank() ? deck.name() : t;
        }
    }

    /**
     * Nothing to start.
     *
     * @param deck the deck's name the reason names; empty for the review
     */
    record Nothing(Reason reason, String deck, int gone) implements Launch {
        /** The one line both front ends show for it. */
        public String text(Messages m) {
            return reason == Reason.NOTHING_MISSED ? m.get(reason.message()) : m.get(reason.message(), deck);
        }
    }
}
