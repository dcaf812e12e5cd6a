package com.portdrill.tui.term;

import com.portdrill.tui.Key;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.utils.InfoCmp.Capability;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The key map: what the terminal's terminfo says plus the common xterm and VT sequences, onto {@link Key}. */
final class KeyBindings {
    /** How long a lone ESC waits for the rest of an escape sequence before it counts as the Esc key. */
    private static final long ESC_WAIT_MS = 100;

    private KeyBindings() {
    }

    static KeyMap<Key> of(Terminal terminal) {
        KeyMap<Key> keys = new KeyMap<>();
        for (char c = 32; c < 127; c++) {
            keys.bind(Key.CHAR, Character.toString(c));
        }
        keys.setUnicode(Key.CHAR);
        keys.setNomatch(Key.NONE);
        keys.setAmbiguousTimeout(ESC_WAIT_MS);
        keys.bind(Key.ENTER, "\r", "\n");
        keys.bind(Key.BACKSPACE, KeyMap.del(), KeyMap.ctrl('H'));
        keys.bind(Key.TAB, "\t");
        keys.bind(Key.ESC, KeyMap.esc());
        keys.bind(Key.CTRL_U, KeyMap.ctrl('U'));
        keys.bind(Key.CTRL_W, KeyMap.ctrl('W'));
        keys.bind(Key.CTRL_C, KeyMap.ctrl('C'));
        bind(keys, Key.UP, terminal, Capability.key_up, "\033[A", "\033OA");
        bind(keys, Key.DOWN, terminal, Capability.key_down, "\033[B", "\033OB");
        bind(keys, Key.RIGHT, terminal, Capability.key_right, "\033[C", "\033OC");
        bind(keys, Key.LEFT, terminal, Capability.key_left, "\033[D", "\033OD");
        bind(keys, Key.HOME, terminal, Capability.key_home, "\033[H", "\033OH", "\033[1~", "\033[7~", KeyMap.ctrl('A'));
        bind(keys, Key.END, terminal, Capability.key_end, "\033[F", "\033OF", "\033[4~", "\033[8~", KeyMap.ctrl('E'));
        bind(keys, Key.DELETE, terminal, Capability.key_dc, "\033[3~", KeyMap.ctrl('D'));
        return keys;
    }

    private static void bind(KeyMap<Key> keys, Key key, Terminal terminal, Capability cap, String... more) {
        List<String> seqs = new ArrayList<>(List.of(more));
        String fromTerminfo = KeyMap.key(terminal, cap);
        if (fromTerminfo != null && !fromTerminfo.isEmpty()) {
            seqs.add(fromTerminfo);
        }
        seqs.stream().filter(Objects::nonNull).distinct().forEach(s -> keys.bind(key, s));
    }
}
