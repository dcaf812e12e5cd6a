package com.portdrill.tui.term;

import com.portdrill.tui.Key;
import org.jline.keymap.BindingReader;
import org.jline.keymap.KeyMap;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.jline.utils.NonBlocking;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What the driver makes of the bytes a terminal sends: the key map on a terminal fed from a string. */
class KeyBindingsTest {

    private static List<String> read(String input, int keys) throws IOException {
        // The terminal only lends its terminfo; the keys come from the string, so nothing waits on a device.
        try (Terminal t = new ExternalTerminal("test", "xterm-256color", new ByteArrayInputStream(new byte[0]),
                new ByteArrayOutputStream(), StandardCharsets.UTF_8)) {
            KeyMap<Key> map = KeyBindings.of(t);
            BindingReader reader = new BindingReader(NonBlocking.nonBlocking("keys", new StringReader(input)));
            List<String> out = new ArrayList<>();
            for (int i = 0; i < keys; i++) {
                Key k = reader.readBinding(map, null, true);
                out.add(k == Key.CHAR ? "CHAR:" + reader.getLastBinding() : String.valueOf(k));
            }
            return out;
        }
    }

    @Test
    void arrowsHomeEndInBothCursorModes() throws IOException {
        assertThat(read("\033[A\033OB\033[C\033OD\033[H\033[F\033[1~\033[4~\033[3~", 9)).containsExactly(
                "UP", "DOWN", "RIGHT", "LEFT", "HOME", "END", "HOME", "END", "DELETE");
    }

    @Test
    void controlKeys() throws IOException {
        assertThat(read("\r\177\010\025\003\t\001\005", 8)).containsExactly(
                "ENTER", "BACKSPACE", "BACKSPACE", "CTRL_U", "CTRL_C", "TAB", "HOME", "END");
    }

    @Test
    void printableAsciiAndWideCharactersAreTypedText() throws IOException {
        assertThat(read("aQ?1 中😀", 7)).containsExactly("CHAR:a", "CHAR:Q", "CHAR:?", "CHAR:1", "CHAR: ", "CHAR:中", "CHAR:😀");
    }

    @Test
    void anEscapeThatStartsNoSequenceIsTheEscKey() throws IOException {
        assertThat(read("\033q\033\033[A", 3)).containsExactly("ESC", "CHAR:q", "ESC");
    }
}
