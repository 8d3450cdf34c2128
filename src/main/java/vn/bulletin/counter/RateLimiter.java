package vn.bulletin.counter;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A token bucket per client: a client may record {@code perMinute} visits in a burst, then one
 * every {@code 60 s / perMinute}. Buckets of quiet clients are dropped, so memory stays bounded by
 * the number of clients active in the last minute.
 */
final class RateLimiter {
  /** Past this many buckets, full (idle) ones are pruned, at most once a second. */
  static final int PRUNE_ABOVE = 10_000;

  private static final long PRUNE_EVERY_MILLIS = 1000;

  private final Clock clock;
  private final int perMinute;
  private final double millisPerToken;
  private final Map<ClientId, Bucket> buckets = new ConcurrentHashMap<>();
  private final AtomicLong nextPrune = new AtomicLong();

  RateLimiter(Clock clock, int perMinute) {
    if (perMinute < 1) {
      throw new IllegalArgumentException("perMinute must be at least 1, not " + perMinute);
    }
    this.clock = clock;
    this.perMinute = perMinute;
    this.millisPerToken = 60_000.0 / perMinute;
  }

  /** Takes one token; empty when allowed, else how long until the next one. */
  Optional<Duration> acquire(ClientId client) {
    long now = clock.millis();
    long due = nextPrune.get();
    if (buckets.size() > PRUNE_ABOVE
        && now >= due
        && nextPrune.compareAndSet(due, now + PRUNE_EVERY_MILLIS)) {
      buckets.values().removeIf(b -> b.isFull(now));
    }
    return buckets.computeIfAbsent(client, c -> new Bucket(perMinute, now)).take(now);
  }

  int size() {
    return buckets.size();
  }

  private final class Bucket {
    private double tokens;
    private long updated;

    Bucket(double tokens, long now) {
      this.tokens = tokens;
      this.updated = now;
    }

    synchronized Optional<Duration> take(long now) {
      refill(now);
      if (tokens >= 1) {
        tokens -= 1;
        return Optional.empty();
      }
      return Optional.of(Duration.ofMillis((long) Math.ceil((1 - tokens) * millisPerToken)));
    }

    synchronized boolean isFull(long now) {
      refill(now);
      return tokens >= perMinute;
    }

    private void refill(long now) {
      // A clock that steps back must not mint tokens nor lock a client out.
      long elapsed = Math.max(0, now - updated);
      tokens = Math.min(perMinute, tokens + elapsed / millisPerToken);
      updated = Math.max(updated, now);
    }
  }
}
