package vn.bulletin.counter;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * "Đang truy cập": the visitors (hashed) seen within a recent window. Kept in memory only, so each
 * service instance counts the visitors it served.
 */
final class OnlineVisitors {
  static final Duration WINDOW = Duration.ofMinutes(5);

  /** Bounds memory under a flood of distinct clients; the figure then stops growing. */
  static final int MAX_TRACKED = 100_000;

  private static final long PRUNE_EVERY_MILLIS = 1000;

  private final Clock clock;
  private final Map<ClientId, Long> lastSeen = new ConcurrentHashMap<>();
  private final AtomicLong nextPrune = new AtomicLong();

  OnlineVisitors(Clock clock) {
    this.clock = clock;
  }

  /** Notes the visitor as seen now and answers how many are online, this one included. */
  long seen(ClientId visitor) {
    long now = clock.millis();
    long due = nextPrune.get();
    // Pruning walks the whole map: once a second at most, by whichever thread wins the race.
    if (now >= due && nextPrune.compareAndSet(due, now + PRUNE_EVERY_MILLIS)) {
      long since = now - WINDOW.toMillis();
      lastSeen.values().removeIf(t -> t < since);
    }
    if (lastSeen.size() < MAX_TRACKED || lastSeen.containsKey(visitor)) {
      lastSeen.put(visitor, now);
    }
    return lastSeen.size();
  }

  /** How many are online, without noting anyone. */
  long count() {
    return lastSeen.size();
  }
}
