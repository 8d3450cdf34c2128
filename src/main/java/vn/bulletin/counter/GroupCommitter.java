package vn.bulletin.counter;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Commits visits in groups: visits queue up while one writer thread commits the previous group,
 * then all of them go in the next transaction. One durable commit (an fsync with SQLite FULL) costs
 * a few milliseconds however many visits it holds, so this turns ~400 commits a second into
 * thousands of visits a second. A visit's future completes only after its group is committed.
 */
final class GroupCommitter implements AutoCloseable {
  static final int MAX_GROUP = 1024;
  static final int MAX_WAITING = 16_384;

  private final VisitStore store;
  private final BlockingQueue<Pending> queue = new ArrayBlockingQueue<>(MAX_WAITING);
  private final Thread writer;
  private volatile boolean closing;

  private record Pending(Visit visit, CompletableFuture<Tally> done) {}

  GroupCommitter(VisitStore store) {
    this.store = store;
    this.writer = new Thread(this::run, "bulletin-visit-writer");
    writer.setDaemon(true);
    writer.start();
  }

  /** Queues a visit; the future fails with {@link StoreException} if it cannot be committed. */
  CompletableFuture<Tally> submit(Visit visit) {
    CompletableFuture<Tally> done = new CompletableFuture<>();
    if (closing) {
      done.completeExceptionally(new StoreException("the counter is shutting down"));
    } else if (!queue.offer(new Pending(visit, done))) {
      done.completeExceptionally(new StoreException("too many visits are waiting to be stored"));
    }
    return done;
  }

  private void run() {
    List<Pending> group = new ArrayList<>(MAX_GROUP);
    while (!closing || !queue.isEmpty()) {
      try {
        Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
        if (first == null) {
          continue;
        }
        group.add(first);
        queue.drainTo(group, MAX_GROUP - 1);
        commit(group);
        group.clear();
      } catch (InterruptedException e) {
        // Nothing interrupts the writer on purpose; it keeps draining until close() is called.
        Thread.interrupted();
      }
    }
  }

  private void commit(List<Pending> group) {
    List<Visit> visits = new ArrayList<>(group.size());
    for (Pending p : group) {
      visits.add(p.visit());
    }
    try {
      List<Tally> tallies = store.addAll(visits);
      for (int i = 0; i < group.size(); i++) {
        group.get(i).done().complete(tallies.get(i));
      }
    } catch (StoreException | RuntimeException e) {
      for (Pending p : group) {
        p.done().completeExceptionally(e);
      }
    }
  }

  /** Stops taking visits, commits every queued one, and waits for the writer to finish. */
  @Override
  public void close() {
    closing = true;
    try {
      writer.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // A visit offered while closing was set may have missed the writer's last look.
    Pending late;
    while ((late = queue.poll()) != null) {
      late.done().completeExceptionally(new StoreException("the counter is shutting down"));
    }
  }
}
