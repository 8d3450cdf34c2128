package vn.bulletin.watch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Turns bursts of changes into single runs of an action. A run starts once no change has come for
 * the quiet period; changes that come while a run goes on make exactly one more run after it. Runs
 * happen one at a time, on the debouncer's own thread, and are given the paths changed since the
 * previous run.
 */
final class Debouncer implements AutoCloseable {
  /** Long enough to gather an editor's temp file, rename and touch; short enough not to be felt. */
  static final Duration QUIET = Duration.ofMillis(50);

  private final long quietNanos;
  private final LongSupplier nanoTime;
  private final Consumer<Set<Path>> action;
  private final ScheduledThreadPoolExecutor thread =
      new ScheduledThreadPoolExecutor(
          1,
          runnable -> {
            Thread t = new Thread(runnable, "bulletin-rebuild");
            t.setDaemon(true);
            return t;
          });
  private final Object lock = new Object();
  private SortedSet<Path> pending = new TreeSet<>();
  private long lastChange;
  private boolean scheduled;

  /**
   * @param nanoTime the clock the quiet period is measured on ({@code System::nanoTime} but in
   *     tests)
   * @param action runs the build; it reports its own failures, and should throw nothing
   */
  Debouncer(Duration quiet, LongSupplier nanoTime, Consumer<Set<Path>> action) {
    this.quietNanos = quiet.toNanos();
    this.nanoTime = nanoTime;
    this.action = action;
    thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  /** Notes a change; thread-safe and quick, as the watcher calls it for every event. */
  void changed(Path path) {
    synchronized (lock) {
      pending.add(path);
      lastChange = nanoTime.getAsLong();
      if (!scheduled) {
        schedule(quietNanos);
      }
    }
  }

  /** Runs the action at once, with whatever changes are pending, after any run in progress. */
  Future<?> runNow() {
    return thread.submit(() -> run(take()));
  }

  // A timer that finds the quiet period not over yet sleeps again for the rest of it, rather than
  // every
  // change cancelling and rescheduling one: a git checkout sends thousands.
  private void fire() {
    Set<Path> batch;
    synchronized (lock) {
      scheduled = false;
      long left = lastChange + quietNanos - nanoTime.getAsLong();
      if (pending.isEmpty()) {
        return;
      }
      if (left > 0) {
        schedule(left);
        return;
      }
      batch = take();
    }
    run(batch);
  }

  private void run(Set<Path> batch) {
    try {
      action.accept(batch);
    } finally {
      synchronized (lock) {
        // Changes made during the run: one more run, once they are quiet (at once if they already
        // are).
        if (!pending.isEmpty() && !scheduled) {
          schedule(Math.max(0, lastChange + quietNanos - nanoTime.getAsLong()));
        }
      }
    }
  }

  private Set<Path> take() {
    synchronized (lock) {
      Set<Path> batch = pending;
      pending = new TreeSet<>();
      return batch;
    }
  }

  private void schedule(long delayNanos) {
    try {
      thread.schedule(this::fire, delayNanos, TimeUnit.NANOSECONDS);
      scheduled = true;
    } catch (RejectedExecutionException e) {
      // Closed: the preview is stopping, and a change seen meanwhile builds nothing.
    }
  }

  /**
   * Starts no more runs. A run in progress is not interrupted (an interrupted build would only
   * report itself as failed): it finishes on its daemon thread, or stops with the JVM, which a
   * build survives.
   */
  @Override
  public void close() {
    thread.shutdown();
  }
}
