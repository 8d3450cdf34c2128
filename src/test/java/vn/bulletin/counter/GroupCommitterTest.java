package vn.bulletin.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupCommitterTest {
  private static final LocalDate DAY = LocalDate.of(2024, 9, 19);

  @TempDir Path dir;
  private JdbcVisitStore sqlite;
  private GatedStore store;

  @BeforeEach
  void open() throws StoreException {
    sqlite = JdbcVisitStore.open("jdbc:sqlite:" + dir.resolve("counter.db"));
    store = new GatedStore(sqlite);
  }

  @AfterEach
  void close() {
    sqlite.close();
  }

  @Test
  void visitsArrivingDuringACommitGoTogetherInTheNextGroup() throws Exception {
    GroupCommitter committer = new GroupCommitter(store);
    store.hold();
    CompletableFuture<Tally> first = committer.submit(new Visit("/a/", DAY));
    store.entered.await();
    List<CompletableFuture<Tally>> waiting = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      waiting.add(committer.submit(new Visit("/a/", DAY)));
    }
    assertThat(waiting).noneMatch(CompletableFuture::isDone);

    store.release();
    committer.close();

    assertThat(first.get().total()).isEqualTo(1);
    assertThat(store.groupSizes).containsExactly(1, 100);
    assertThat(waiting.get(99).get().total()).isEqualTo(101);
  }

  @Test
  void closeCommitsEveryQueuedVisitBeforeReturning() throws Exception {
    GroupCommitter committer = new GroupCommitter(store);
    store.hold();
    committer.submit(new Visit("/a/", DAY));
    store.entered.await();
    List<CompletableFuture<Tally>> queued = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      queued.add(committer.submit(new Visit("/b/", DAY)));
    }

    Thread closer = new Thread(committer::close);
    closer.start();
    store.release();
    closer.join();

    assertThat(queued).allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
    assertThat(sqlite.read("/b/", DAY).views()).isEqualTo(50);
  }

  @Test
  void aFailedGroupFailsItsVisitsAndTheNextGroupIsStored() throws Exception {
    GroupCommitter committer = new GroupCommitter(store);
    store.failNext.set(true);

    CompletableFuture<Tally> failed = committer.submit(new Visit("/a/", DAY));
    assertThatThrownBy(failed::get)
        .isInstanceOf(ExecutionException.class)
        .hasCauseInstanceOf(StoreException.class);
    Tally next = committer.submit(new Visit("/a/", DAY)).get();
    committer.close();

    assertThat(next.total()).isEqualTo(1);
  }

  @Test
  void visitAfterCloseIsRefused() {
    GroupCommitter committer = new GroupCommitter(store);
    committer.close();

    assertThat(committer.submit(new Visit("/a/", DAY))).isCompletedExceptionally();
  }

  /** The real store, with a gate to hold a commit open and a switch to fail one. */
  private static final class GatedStore implements VisitStore {
    final VisitStore real;
    final CountDownLatch entered = new CountDownLatch(1);
    final List<Integer> groupSizes = new ArrayList<>();
    final AtomicBoolean failNext = new AtomicBoolean();
    private CountDownLatch gate = new CountDownLatch(0);

    GatedStore(VisitStore real) {
      this.real = real;
    }

    void hold() {
      gate = new CountDownLatch(1);
    }

    void release() {
      gate.countDown();
    }

    @Override
    public List<Tally> addAll(List<Visit> visits) throws StoreException {
      groupSizes.add(visits.size());
      entered.countDown();
      try {
        gate.await();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      if (failNext.getAndSet(false)) {
        throw new StoreException("disk full");
      }
      return real.addAll(visits);
    }

    @Override
    public Tally read(String path, LocalDate day) throws StoreException {
      return real.read(path, day);
    }

    @Override
    public String description() {
      return real.description();
    }

    @Override
    public void close() {
      real.close();
    }
  }
}
