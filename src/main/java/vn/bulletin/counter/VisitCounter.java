package vn.bulletin.counter;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The counter as the service sees it: decides whether a request counts (rate limit, crawlers),
 * records it through the group committer and answers the figures the widget shows. Paths are
 * canonical ({@link PagePath}).
 */
public final class VisitCounter implements AutoCloseable {
  private final VisitStore store;
  private final CounterSettings settings;
  private final Clock clock;
  private final GroupCommitter committer;
  private final ClientHasher hasher;
  private final RateLimiter visitLimit;
  private final RateLimiter readLimit;
  private final OnlineVisitors online;
  private final CrawlerFilter crawlers = new CrawlerFilter();

  public VisitCounter(VisitStore store, CounterSettings settings, Clock clock) {
    this.store = store;
    this.settings = settings;
    this.clock = clock;
    this.committer = new GroupCommitter(store);
    this.hasher = new ClientHasher(clock, settings.zone());
    this.visitLimit = new RateLimiter(clock, settings.visitsPerMinute());
    this.readLimit = new RateLimiter(clock, settings.readsPerMinute());
    this.online = new OnlineVisitors(clock);
  }

  /**
   * Records a visit. The future completes once the visit is durable, or fails with {@link
   * StoreException}. A crawler's visit is answered with the figures but not counted.
   */
  public CompletableFuture<VisitCounts> record(String path, Client client)
      throws RateLimitedException {
    limit(visitLimit, client);
    if (crawlers.isCrawler(client.userAgent())) {
      try {
        return CompletableFuture.completedFuture(counts(store.read(path, today()), online.count()));
      } catch (StoreException e) {
        return CompletableFuture.failedFuture(e);
      }
    }
    long onlineNow = online.seen(hasher.visitorKey(client));
    return committer.submit(new Visit(path, today())).thenApply(tally -> counts(tally, onlineNow));
  }

  /** The figures for a page, without counting a visit. */
  public VisitCounts read(String path, Client client) throws RateLimitedException, StoreException {
    limit(readLimit, client);
    long onlineNow =
        crawlers.isCrawler(client.userAgent())
            ? online.count()
            : online.seen(hasher.visitorKey(client));
    return counts(store.read(path, today()), onlineNow);
  }

  private void limit(RateLimiter limiter, Client client) throws RateLimitedException {
    Optional<Duration> wait = limiter.acquire(hasher.rateKey(client));
    if (wait.isPresent()) {
      throw new RateLimitedException(wait.get());
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(settings.zone()));
  }

  private VisitCounts counts(Tally tally, long onlineNow) {
    return new VisitCounts(
        settings.initialTotal() + tally.total(),
        tally.today(),
        tally.month(),
        onlineNow,
        tally.views());
  }

  /** Commits every visit still queued; the store stays open (its owner closes it). */
  @Override
  public void close() {
    committer.close();
  }
}
