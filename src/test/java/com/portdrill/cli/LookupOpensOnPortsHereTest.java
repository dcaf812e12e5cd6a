package com.portdrill.cli;

import com.portdrill.tui.Destination;
import com.portdrill.tui.Look;
import com.portdrill.tui.Msg;
import com.portdrill.tui.Settings;
import com.portdrill.tui.Theme;
import org.jline.utils.AttributedString;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The menu's Look up reads this machine's sockets when it opens and shows them before any query. */
class LookupOpensOnPortsHereTest {
    @TempDir
    Path data;

    @Test
    void aListenerTheTestOpensIsAmongThePortsOpenHere() throws Exception {
        assumeTrue(Files.isRegularFile(Path.of("/proc/net/tcp")), "Linux's /proc/net");
        GlobalOptions g = new GlobalOptions();
        g.dataDir = data;
        g.decksDir = Paths.get("decks").toAbsolutePath();
        g.noColor = true;
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneOffset.UTC);
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
             UiServices services = UiServices.forMenu(g, clock)) {
            Settings settings = services.settings();
            Msg opened = services.open(Destination.LOOKUP, settings);
            assertThat(opened).isInstanceOf(Msg.Opened.class);
            String shown = ((Msg.Opened) opened).screen().view(new Look(settings.lang(), Theme.of(false), 120, 400,
                    settings.choices())).lines().stream().map(AttributedString::toString).collect(Collectors.joining("\n"));
            assertThat(shown).contains("Ports open here").contains(server.getLocalPort() + "/tcp  loopback only");
        }
    }
}
