package vn.bulletin.parse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * Runs one task per input on all cores, each on a thread with a deep stack (Markdown nesting
 * overflows the default one) and within a time budget. Flexmark ignores interrupts, so a task over
 * budget is abandoned on its daemon thread and reported instead of waited for.
 */
final class GuardedExecutor implements AutoCloseable {
  static final long STACK_BYTES = 64L * 1024 * 1024;

  /** What became of one input. */
  sealed interface Outcome<R> {}

  record Done<R>(R result) implements Outcome<R> {}

  record Overflowed<R>() implements Outcome<R> {}

  record TimedOut<R>() implements Outcome<R> {}

  private final int threads;
  private final ExecutorService pool;
  private final AtomicInteger stuck = new AtomicInteger();

  GuardedExecutor(int threads) {
    this.threads = threads;
    this.pool = Executors.newFixedThreadPool(threads, deepStackThreads());
  }

  <T, R> List<Outcome<R>> run(List<T> inputs, Function<T, R> task, Duration budget) {
    List<AtomicLong> starts = new ArrayList<>();
    List<Future<R>> futures = new ArrayList<>();
    for (T input : inputs) {
      AtomicLong start = new AtomicLong();
      starts.add(start);
      futures.add(
          pool.submit(
              () -> {
                start.set(System.nanoTime());
                return task.apply(input);
              }));
    }
    List<Outcome<R>> outcomes = new ArrayList<>();
    for (int i = 0; i < futures.size(); i++) {
      outcomes.add(await(futures.get(i), starts.get(i), budget).orElseGet(TimedOut::new));
    }
    return outcomes;
  }

  // Waits while the task is queued; once it runs, it gets the budget from its own start.
  private <R> Optional<Outcome<R>> await(Future<R> future, AtomicLong start, Duration budget) {
    while (true) {
      try {
        return Optional.of(new Done<>(future.get(50, TimeUnit.MILLISECONDS)));
      } catch (TimeoutException e) {
        long started = start.get();
        boolean over = started != 0 && System.nanoTime() - started > budget.toNanos();
        if (over || (started == 0 && stuck.get() >= threads)) {
          stuck.incrementAndGet();
          future.cancel(true);
          return Optional.empty();
        }
      } catch (ExecutionException e) {
        if (e.getCause() instanceof StackOverflowError) {
          return Optional.of(new Overflowed<>());
        }
        throw new IllegalStateException("parsing failed", e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while parsing", e);
      }
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
  }

  private static ThreadFactory deepStackThreads() {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread =
          new Thread(null, runnable, "bulletin-worker-" + count.incrementAndGet(), STACK_BYTES);
      thread.setDaemon(true);
      return thread;
    };
  }
}
