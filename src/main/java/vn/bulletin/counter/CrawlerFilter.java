package vn.bulletin.counter;

import java.util.regex.Pattern;

/**
 * Self-declared crawlers and tools, by User-Agent. They get an answer but are not counted, so a bot
 * learns nothing (GoatCounter and Plausible do the same); bots that pretend to be browsers are left
 * to the rate limit.
 */
final class CrawlerFilter {
  private static final Pattern CRAWLER =
      Pattern.compile(
          "bot\\b|bot/|crawl|spider|slurp|scrape|archiver|fetcher|curl|wget|python|java/|okhttp|httpclient"
              + "|go-http-client|libwww|perl|ruby|axios|node-fetch|undici|headlesschrome|phantomjs|selenium"
              + "|puppeteer|playwright|lighthouse|pagespeed|facebookexternalhit|whatsapp|preview|monitor"
              + "|uptime|pingdom|zgrab|masscan|nmap|nikto|sqlmap|apache-httpclient|postman|insomnia",
          Pattern.CASE_INSENSITIVE);

  /** True for an empty User-Agent too: every browser sends one. */
  boolean isCrawler(String userAgent) {
    return userAgent.isBlank() || CRAWLER.matcher(userAgent).find();
  }
}
