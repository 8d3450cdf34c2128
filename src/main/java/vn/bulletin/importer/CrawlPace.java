package vn.bulletin.importer;

import java.time.Duration;

/**
 * How patient the crawler is with the old portal.
 *
 * @param delay the pause between two requests (robots.txt's Crawl-delay makes it longer)
 * @param retries how many times a server error or a lost connection is tried again
 * @param backoff the pause before the first retry, doubled for each next one
 */
public record CrawlPace(Duration delay, int retries, Duration backoff, Duration timeout) {
  public static final CrawlPace DEFAULT =
      new CrawlPace(Duration.ofSeconds(1), 3, Duration.ofSeconds(2), Duration.ofSeconds(30));
}
