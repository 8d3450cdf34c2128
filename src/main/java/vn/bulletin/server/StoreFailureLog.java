package vn.bulletin.server;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs storage failures for the admin, at most one line every ten seconds, so a database that is
 * down for a minute gives six lines, not one per visitor.
 */
final class StoreFailureLog {
  private static final Logger LOG = LoggerFactory.getLogger(StoreFailureLog.class);
  private static final long QUIET_MILLIS = 10_000;

  private final Clock clock;
  private final AtomicLong nextLine = new AtomicLong();
  private final AtomicLong suppressed = new AtomicLong();

  StoreFailureLog(Clock clock) {
    this.clock = clock;
  }

  void report(Throwable failure) {
    long now = clock.millis();
    long due = nextLine.get();
    if (now >= due && nextLine.compareAndSet(due, now + QUIET_MILLIS)) {
      long more = suppressed.getAndSet(0);
      LOG.warn(
          "visits refused with 503: {}{}",
          failure.getMessage(),
          more > 0 ? " (and " + more + " more failures since the last line)" : "");
    } else {
      suppressed.incrementAndGet();
    }
  }
}
