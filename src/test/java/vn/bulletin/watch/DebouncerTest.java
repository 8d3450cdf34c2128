package vn.bulletin.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The debouncer on a clock the test moves: however slow the machine, no run can start before the
 * test says the quiet period is over, so the counts below do not depend on timing.
 */
class DebouncerTest {
  private static final Duration QUIET = Duration.ofMillis(50);

  /** Long enough for a run that is due to have started on a loaded machine. */
  private static final long DUE_SECONDS = 10;

  private final AtomicLong now = new AtomicLong();
  private final BlockingQueue<Set<Path>> runs = new LinkedBlockingQueue<>();
  private Debouncer debouncer;

  @AfterEach
  void close() {
    if (debouncer != null) {
      debouncer.close();
    }
  }

  @Test
  void aBurstOfChangesMakesOneRunWithAllOfThem() throws Exception {
    debouncer = new Debouncer(QUIET, now::get, runs::add);
    for (int i = 0; i < 100; i++) {
      debouncer.changed(Path.of("content/a" + i % 10 + ".md"));
      advance(Duration.ofMillis(10));
    }
    assertThat(runs.poll(2 * QUIET.toMillis(), TimeUnit.MILLISECONDS))
        .as("a run before the quiet period")
        .isNull();

    advance(QUIET);

    assertThat(runs.poll(DUE_SECONDS, TimeUnit.SECONDS))
        .hasSize(10)
        .contains(Path.of("content/a0.md"), Path.of("content/a9.md"));
    assertNoMoreRuns();
  }

  @Test
  void changesDuringARunMakeExactlyOneMoreRunAfterIt() throws Exception {
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    debouncer =
        new Debouncer(
            QUIET,
            now::get,
            changed -> {
              runs.add(changed);
              started.countDown();
              await(release);
            });
    debouncer.changed(Path.of("content/a.md"));
    advance(QUIET);
    assertThat(started.await(DUE_SECONDS, TimeUnit.SECONDS)).isTrue();

    for (int i = 0; i < 20; i++) {
      debouncer.changed(Path.of("content/b" + i + ".md"));
    }
    advance(QUIET);
    release.countDown();

    assertThat(runs.poll(DUE_SECONDS, TimeUnit.SECONDS)).containsExactly(Path.of("content/a.md"));
    assertThat(runs.poll(DUE_SECONDS, TimeUnit.SECONDS))
        .hasSize(20)
        .doesNotContain(Path.of("content/a.md"));
    assertNoMoreRuns();
  }

  @Test
  void aRunWaitsForTheQuietPeriodAfterTheLastChange() throws Exception {
    debouncer = new Debouncer(QUIET, now::get, runs::add);
    debouncer.changed(Path.of("content/a.md"));
    advance(QUIET.minusMillis(1));
    debouncer.changed(Path.of("content/b.md"));
    advance(QUIET.minusMillis(1));

    assertThat(runs.poll(2 * QUIET.toMillis(), TimeUnit.MILLISECONDS)).isNull();
    advance(Duration.ofMillis(1));
    assertThat(runs.poll(DUE_SECONDS, TimeUnit.SECONDS))
        .containsExactly(Path.of("content/a.md"), Path.of("content/b.md"));
  }

  @Test
  void runNowRunsAtOnceAndTakesWhatIsPending() throws Exception {
    debouncer = new Debouncer(QUIET, now::get, runs::add);
    debouncer.changed(Path.of("bulletin.yaml"));

    debouncer.runNow().get(DUE_SECONDS, TimeUnit.SECONDS);

    assertThat(runs.poll()).containsExactly(Path.of("bulletin.yaml"));
    advance(QUIET);
    assertNoMoreRuns();
  }

  @Test
  void onTheRealClockARunFollowsTheLastChangeByAboutTheQuietPeriod() throws Exception {
    debouncer = new Debouncer(QUIET, System::nanoTime, runs::add);
    long changed = System.nanoTime();
    debouncer.changed(Path.of("content/a.md"));

    assertThat(runs.poll(DUE_SECONDS, TimeUnit.SECONDS)).containsExactly(Path.of("content/a.md"));
    assertThat(Duration.ofNanos(System.nanoTime() - changed)).isGreaterThanOrEqualTo(QUIET);
  }

  private void advance(Duration d) {
    now.addAndGet(d.toNanos());
  }

  // The timer looks at the clock again at least once per quiet period of real time.
  private void assertNoMoreRuns() throws InterruptedException {
    assertThat(runs.poll(4 * QUIET.toMillis(), TimeUnit.MILLISECONDS)).isNull();
    assertThat(List.copyOf(runs)).isEmpty();
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
