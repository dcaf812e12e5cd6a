package com.portdrill.testing;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** Whether a program a test drives (tmux, bash, groff, man) is installed here, for {@code assumeTrue}. */
public final class Installed {
    private Installed() {
    }

    /** True when {@code command} (such as {@code tmux -V}) starts and exits 0 within ten seconds. */
    public static boolean runs(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
