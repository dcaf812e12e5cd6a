package com.portdrill.tui;

/** The keys the screens understand; the terminal driver maps escape sequences onto them. */
public enum Key {
    /** A printable character; its text comes with the message. */
    CHAR,
    ENTER, ESC, BACKSPACE, DELETE, TAB,
    LEFT, RIGHT, UP, DOWN, HOME, END,
    /** Ctrl-U: clear the input line. */
    CTRL_U,
    /** Ctrl-W: delete the word before the cursor. */
    CTRL_W,
    /** Ctrl-C: leave at once. */
    CTRL_C,
    /** A sequence no screen uses. */
    NONE
}
