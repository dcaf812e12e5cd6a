package com.portdrill.background;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BackgroundTest {
    @Test
    void returnsWhatTheWorkReturnsFromADaemonThreadOfTheGivenName() {
        Background<Thread> b = Background.start("portdrill-test", Thread::currentThread);
        Thread worker = b.get();
        assertThat(worker.getName()).isEqualTo("portdrill-test");
        assertThat(worker.isDaemon()).isTrue();
        assertThat(worker).isNotSameAs(Thread.currentThread());
    }

    @Test
    void anUncheckedFailureIsRethrownAsItIsWhereTheResultIsTaken() {
        IllegalArgumentException thrown = new IllegalArgumentException("no such deck");
        Background<String> b = Background.start("portdrill-test", () -> {
            throw thrown;
        });
        assertThatThrownBy(b::get).isSameAs(thrown);
    }

    @Test
    void anErrorIsRethrownAsItIs() {
        StackOverflowError thrown = new StackOverflowError();
        Background<String> b = Background.start("portdrill-test", () -> {
            throw thrown;
        });
        assertThatThrownBy(b::get).isSameAs(thrown);
    }

    @Test
    void aCheckedFailureBecomesAnIllegalStateWithItsCause() {
        IOException thrown = new IOException("disk");
        Background<String> b = Background.start("portdrill-test", () -> {
            throw thrown;
        });
        assertThatThrownBy(b::get).isInstanceOf(IllegalStateException.class).hasCause(thrown);
    }

    @Test
    void anInterruptWhileWaitingDoesNotAbandonTheResultAndIsKept() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Background<String> b = Background.start("portdrill-test", () -> {
            release.await();
            return "deck";
        });
        AtomicReference<String> got = new AtomicReference<>();
        AtomicReference<Boolean> stillInterrupted = new AtomicReference<>();
        Thread waiter = new Thread(() -> {
            got.set(b.get());
            stillInterrupted.set(Thread.currentThread().isInterrupted());
        });
        waiter.start();
        waiter.interrupt();
        release.countDown();
        waiter.join(10_000);
        assertThat(got.get()).isEqualTo("deck");
        assertThat(stillInterrupted.get()).isTrue();
    }
}
