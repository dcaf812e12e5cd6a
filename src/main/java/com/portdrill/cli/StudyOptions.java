package com.portdrill.cli;

import com.portdrill.session.AnswerMode;

/**
 * The options study, quiz and drill share: which deck, which kind of its questions, and how to answer. Each command
 * holds one and {@link Grammar} binds {@code --deck}, {@code --kind} and {@code --mode} to it, with the command's
 * own wording of them.
 */
final class StudyOptions {
    String deck;

    String kind;

    AnswerMode mode = AnswerMode.TYPED;
}
