package vn.bulletin.counter;

import java.time.Duration;

/** A client asked faster than its limit; the service answers 429 with {@code Retry-After}. */
public final class RateLimitedException extends Exception {
  private static final long serialVersionUID = 1L;
  private final Duration retryAfter;

  RateLimitedException(Duration retryAfter) {
    super("too many requests; retry after " + retryAfter.toSeconds() + " s", null, false, false);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
