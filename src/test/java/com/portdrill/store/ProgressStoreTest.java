package com.portdrill.store;

import com.portdrill.journal.JournalLine;
import com.portdrill.srs.CardState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static com.portdrill.store.Reviews.CLOCK;
import static com.portdrill.store.Reviews.COUNTING;
import static com.portdrill.store.Reviews.review;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProgressStoreTest {
    @TempDir
    Path dir;

    private Path journal() {
        return dir.resolve(ProgressStore.JOURNAL);
    }

    private List<JournalLine> saved(int n) {
        List<JournalLine> all = new ArrayList<>();
        ProgressStore.Opened opened = ProgressStore.open(dir, CLOCK);
        for (int i = 0; i < n; i++) {
            all.add(review(i));
            assertThat(opened.store().append(review(i))).isEqualTo(new SaveResult.Saved());
        }
        opened.store().close();
        return all;
    }

    private ProgressStore.Opened reopen() {
        return ProgressStore.open(dir, CLOCK);
    }

    @Test
    void answersAreOnDiskWhenAppendReturnsAndReadBackInOrder() throws IOException {
        ProgressStore.Opened opened = ProgressStore.open(dir, CLOCK);
        opened.store().append(review(0));
        assertThat(Files.readAllLines(journal())).hasSize(1);
        opened.store().append(review(1));
        opened.store().close();

        ProgressStore.Opened again = reopen();
        assertThat(again.warnings()).isEmpty();
        assertThat(again.store().reviews()).containsExactly(review(0), review(1));
        again.store().close();
    }

    @Test
    void aTornLastLineIsSetAsideReportedAndTheNextAnswerStartsANewLine() throws IOException {
        List<JournalLine> all = saved(3);
        byte[] fragment = new JournalCodec().encode(review(3)).bytes();
        Files.write(journal(), java.util.Arrays.copyOf(fragment, 40), StandardOpenOption.APPEND);

        ProgressStore.Opened opened = reopen();
        assertThat(opened.warnings()).singleElement().asString()
                .contains("1 damaged line (line 4, incomplete at the end) set aside in journal.rejected-20261124T170000Z.jsonl");
        assertThat(opened.store().reviews()).containsExactlyElementsOf(all);
        assertThat(Files.readAllBytes(dir.resolve("journal.rejected-20261124T170000Z.jsonl")))
                .startsWith(java.util.Arrays.copyOf(fragment, 40));
        opened.store().append(review(4));
        opened.store().close();

        ProgressStore.Opened clean = reopen();
        assertThat(clean.warnings()).isEmpty();
        assertThat(clean.store().reviews()).hasSize(4).endsWith(review(4));
        clean.store().close();
    }

    @Test
    void aGarbledLineInTheMiddleIsSetAsideAndTheRestLoads() throws IOException {
        saved(5);
        List<String> lines = new ArrayList<>(Files.readAllLines(journal()));
        String garbled = lines.get(2).replace("answer 2", "answer X");
        lines.set(2, garbled);
        Files.write(journal(), lines);

        ProgressStore.Opened opened = reopen();
        assertThat(opened.warnings()).singleElement().asString().contains("line 3, checksum mismatch");
        assertThat(opened.store().reviews()).containsExactly(review(0), review(1), review(3), review(4));
        opened.store().close();
        assertThat(Files.readAllLines(dir.resolve("journal.rejected-20261124T170000Z.jsonl"))).containsExactly(garbled);
        assertThat(reopen().warnings()).isEmpty();
    }

    @Test
    void aJournalFromANewerSchemaIsRefusedAndLeftUntouched() throws IOException {
        saved(2);
        Files.write(journal(), "{\"v\":3,\"whatever\":true}\n".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        byte[] before = Files.readAllBytes(journal());

        assertThatThrownBy(this::reopen).isInstanceOf(StoreException.class)
                .hasMessageContaining("line 3 was written by a newer portdrill (schema 3; this one reads 2)");
        assertThat(Files.readAllBytes(journal())).isEqualTo(before);
        try (DirLock lock = DirLock.tryAcquire(dir)) {
            assertThat(lock).as("the refused open let go of the lock").isNotNull();
        }
    }

    @Test
    void cardStatesComeFromTheSnapshotPlusTheAnswersAfterIt() throws IOException {
        ProgressStore.Opened first = ProgressStore.open(dir, CLOCK);
        for (int i = 0; i < 20; i++) {
            first.store().append(review(i));
        }
        Map<String, CardState> live = Map.copyOf(first.store().cardStates(COUNTING));
        first.store().close();
        assertThat(dir.resolve(Snapshot.FILE)).exists();

        AtomicInteger folded = new AtomicInteger();
        CardStateFold counted = (before, r) -> {
            folded.incrementAndGet();
            return COUNTING.next(before, r);
        };
        ProgressStore.Opened second = reopen();
        assertThat(second.store().cardStates(counted)).isEqualTo(live);
        assertThat(folded).hasValue(0);
        second.store().append(review(20));
        assertThat(folded).hasValue(1);
        Map<String, CardState> afterMore = Map.copyOf(second.store().cardStates(counted));
        second.store().close();

        Files.delete(dir.resolve(Snapshot.FILE));
        ProgressStore.Opened rebuilt = reopen();
        assertThat(rebuilt.store().cardStates(COUNTING)).isEqualTo(afterMore);
        rebuilt.store().close();
    }

    @Test
    void aSnapshotThatNoLongerMatchesTheJournalIsIgnored() throws IOException {
        ProgressStore.Opened first = ProgressStore.open(dir, CLOCK);
        for (int i = 0; i < 5; i++) {
            first.store().append(review(i));
        }
        first.store().cardStates(COUNTING);
        first.store().close();
        List<String> lines = Files.readAllLines(journal());
        Files.write(journal(), lines.subList(0, 3));

        ProgressStore.Opened opened = reopen();
        assertThat(opened.warnings()).isEmpty();
        assertThat(opened.store().cardStates(COUNTING).values()).extracting(CardState::reps).containsOnly(1);
        opened.store().close();
    }

    @Test
    void aCorruptSnapshotIsMovedAsideAndRebuilt() throws IOException {
        ProgressStore.Opened first = ProgressStore.open(dir, CLOCK);
        first.store().append(review(0));
        Map<String, CardState> states = Map.copyOf(first.store().cardStates(COUNTING));
        first.store().close();
        Files.writeString(dir.resolve(Snapshot.FILE), "{\"schema\":1,\"fold\":");

        ProgressStore.Opened opened = reopen();
        assertThat(opened.warnings()).singleElement().asString()
                .contains("snapshot.json was damaged (not valid JSON); it was moved to snapshot.corrupt-20261124T170000Z.json");
        assertThat(dir.resolve("snapshot.corrupt-20261124T170000Z.json")).hasContent("{\"schema\":1,\"fold\":");
        assertThat(opened.store().cardStates(COUNTING)).isEqualTo(states);
        opened.store().close();
        assertThat(reopen().warnings()).isEmpty();
    }

    @Test
    void aSnapshotFromANewerSchemaIsRefusedAndLeftUntouched() throws IOException {
        saved(1);
        Files.writeString(dir.resolve(Snapshot.FILE), "{\"schema\":9,\"cards\":{}}");
        assertThatThrownBy(this::reopen).isInstanceOf(StoreException.class)
                .hasMessageContaining("snapshot.json was written by a newer portdrill (schema 9");
        assertThat(dir.resolve(Snapshot.FILE)).hasContent("{\"schema\":9,\"cards\":{}}");
    }

    @Test
    void aSecondCopyIsToldPlainlyAndCanStillRead() {
        ProgressStore.Opened first = ProgressStore.open(dir, CLOCK);
        first.store().append(review(0));
        assertThatThrownBy(this::reopen).isInstanceOf(StoreException.class)
                .hasMessageContaining("another portdrill is studying with")
                .hasMessageContaining("'portdrill stats' works meanwhile");

        ProgressStore.Opened reader = ProgressStore.openReadOnly(dir, CLOCK);
        assertThat(reader.store().reviews()).containsExactly(review(0));
        assertThatThrownBy(() -> reader.store().append(review(1))).isInstanceOf(IllegalStateException.class);
        reader.store().close();
        first.store().close();
        reopen().store().close();
    }

    @Test
    void aWriteThatFailsHalfWayKeepsTheAnswerAndTheRetryStartsANewLine() {
        FailingChannel.Plan plan = new FailingChannel.Plan();
        ProgressStore.Opened opened = ProgressStore.open(dir, CLOCK, false, FailingChannel.opener(plan));
        ProgressStore store = opened.store();
        assertThat(store.append(review(0)).durable()).isTrue();

        plan.failWritesAfterBytes = 30;
        SaveResult failed = store.append(review(1));
        assertThat(failed).isInstanceOf(SaveResult.Pending.class);
        SaveResult.Pending pending = (SaveResult.Pending) failed;
        assertThat(pending.count()).isEqualTo(1);
        assertThat(pending.message()).contains("No space left on device").contains("kept in memory").doesNotContain("\n");
        assertThat(store.reviews()).containsExactly(review(0), review(1));
        assertThat(store.append(review(2))).isInstanceOf(SaveResult.Pending.class)
                .extracting(p -> ((SaveResult.Pending) p).count()).isEqualTo(2);

        plan.failWritesAfterBytes = -1;
        assertThat(store.retryPending().durable()).isTrue();
        assertThat(store.pendingCount()).isZero();
        store.close();

        ProgressStore.Opened again = reopen();
        assertThat(again.store().reviews()).containsExactly(review(0), review(1), review(2));
        assertThat(again.warnings()).singleElement().asString().contains("2 damaged lines");
        again.store().close();
    }

    @Test
    void aLineThatLandedButWasNotForcedIsNotWrittenTwice() {
        FailingChannel.Plan plan = new FailingChannel.Plan();
        ProgressStore store = ProgressStore.open(dir, CLOCK, false, FailingChannel.opener(plan)).store();
        plan.failForce = true;
        assertThat(store.append(review(0)).durable()).isFalse();
        plan.failForce = false;
        assertThat(store.append(review(1)).durable()).isTrue();
        store.close();

        ProgressStore.Opened again = reopen();
        assertThat(again.warnings()).isEmpty();
        assertThat(again.store().reviews()).containsExactly(review(0), review(1));
        again.store().close();
    }

    @Test
    void closingWithAnswersStillUnsavedSaysSo() {
        FailingChannel.Plan plan = new FailingChannel.Plan();
        ProgressStore store = ProgressStore.open(dir, CLOCK, false, FailingChannel.opener(plan)).store();
        plan.failWritesAfterBytes = 0;
        store.append(review(0));
        assertThatThrownBy(store::close).isInstanceOf(StoreException.class)
                .hasMessageStartingWith("1 answer could not be saved to");
        reopen().store().close();
    }

    @Test
    void longHistoriesOpenFromTheReviewCacheAndStillSeeDamageAfterIt() throws IOException {
        List<JournalLine> all = saved(2_100);
        assertThat(dir.resolve(ColumnsCache.FILE)).exists();
        ProgressStore.Opened cached = reopen();
        assertThat(cached.warnings()).isEmpty();
        assertThat(cached.store().reviews()).containsExactlyElementsOf(all);
        cached.store().append(review(2_100));
        cached.store().close();

        Files.write(journal(), "{\"v\":1,\"card\":\"torn".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        ProgressStore.Opened damaged = reopen();
        assertThat(damaged.warnings()).singleElement().asString().contains("line 2102, incomplete at the end");
        assertThat(damaged.store().reviews()).hasSize(2_101).endsWith(review(2_100));
        damaged.store().close();
    }

    @Test
    void aCacheThatNoLongerMatchesTheJournalIsIgnored() throws IOException {
        saved(2_100);
        List<String> lines = Files.readAllLines(journal());
        Files.write(journal(), lines.subList(1, lines.size()));
        ProgressStore.Opened opened = reopen();
        assertThat(opened.warnings()).isEmpty();
        assertThat(opened.store().reviews()).hasSize(2_099).startsWith(review(1));
        opened.store().close();
    }

    @Test
    void aReaderDoesNotMistakeAnAnswerBeingWrittenForDamage() throws IOException {
        saved(2);
        Files.write(journal(), "{\"v\":1,\"card\":\"half".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        ProgressStore.Opened reader = ProgressStore.openReadOnly(dir, CLOCK);
        assertThat(reader.warnings()).isEmpty();
        assertThat(reader.store().reviews()).hasSize(2);
        reader.store().close();
        assertThat(reopen().warnings()).singleElement().asString().contains("line 3, incomplete at the end");
    }
}
