package vn.bulletin.importer;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Fetches the old portal over HTTP as a guest should: one request at a time, a pause between them
 * (longer if robots.txt asks), a User-Agent that names bulletin, robots.txt obeyed, server errors
 * retried with a growing pause, and redirects followed a few hops but never round a loop.
 */
final class PoliteCrawler implements Fetcher {
  static final String USER_AGENT =
      "bulletin-import/0.1 (static site generator; importing this portal's news)";
  static final String AGENT_TOKEN = "bulletin";
  static final int MAX_REDIRECTS = 5;
  static final int MAX_BYTES = 50 * 1024 * 1024;

  private final HttpClient client;
  private final CrawlPace pace;
  private final Map<String, RobotsRules> robots = new HashMap<>();
  private long lastRequestNanos;
  private int requests;

  PoliteCrawler(CrawlPace pace) {
    this.pace = pace;
    this.client =
        HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(pace.timeout())
            .build();
  }

  /** How many HTTP requests were sent, robots.txt and retries included. */
  int requests() {
    return requests;
  }

  @Override
  public synchronized Fetched fetch(URI uri) throws FetchFailure {
    Set<URI> seen = new LinkedHashSet<>();
    URI current = uri;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      if (!seen.add(current)) {
        throw new FetchFailure(
            "redirect loop: "
                + String.join(" -> ", seen.stream().map(URI::toString).toList())
                + " -> "
                + current);
      }
      if (!rules(current).allows(pathAndQuery(current))) {
        throw new FetchFailure(
            "robots.txt of " + current.getHost() + " disallows " + pathAndQuery(current));
      }
      HttpResponse<byte[]> response = send(current);
      int status = response.statusCode();
      if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
        current = current.resolve(response.headers().firstValue("Location").get().strip());
        continue;
      }
      if (status != 200) {
        throw new FetchFailure("HTTP " + status + " for " + current);
      }
      Optional<String> type = response.headers().firstValue("Content-Type");
      return new Fetched(current, response.body(), type, type.flatMap(PoliteCrawler::charsetOf));
    }
    throw new FetchFailure("more than " + MAX_REDIRECTS + " redirects from " + uri);
  }

  private RobotsRules rules(URI uri) throws FetchFailure {
    String origin = uri.getScheme() + "://" + uri.getRawAuthority();
    RobotsRules known = robots.get(origin);
    if (known != null) {
      return known;
    }
    RobotsRules found = RobotsRules.ALLOW_ALL;
    HttpResponse<byte[]> response = send(URI.create(origin + "/robots.txt"));
    if (response.statusCode() == 200) {
      found = RobotsRules.parse(new String(response.body(), StandardCharsets.UTF_8), AGENT_TOKEN);
    }
    robots.put(origin, found);
    return found;
  }

  // Server errors and lost connections are retried, waiting longer each time; anything else is an
  // answer.
  private HttpResponse<byte[]> send(URI uri) throws FetchFailure {
    List<String> failures = new ArrayList<>();
    for (int attempt = 0; attempt <= pace.retries(); attempt++) {
      if (attempt > 0) {
        sleep(pace.backoff().multipliedBy(1L << (attempt - 1)));
      }
      try {
        HttpResponse<byte[]> response = once(uri);
        if (response.statusCode() < 500 && response.statusCode() != 429) {
          return response;
        }
        failures.add("HTTP " + response.statusCode());
      } catch (IOException e) {
        failures.add(
            e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
      }
    }
    throw new FetchFailure(
        uri + " failed " + failures.size() + " times (" + String.join(", ", failures) + ")");
  }

  private HttpResponse<byte[]> once(URI uri) throws IOException {
    waitTurn(uri);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(pace.timeout())
            .header("User-Agent", USER_AGENT)
            .GET()
            .build();
    try {
      requests++;
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.body().length > MAX_BYTES) {
        throw new IOException("larger than " + MAX_BYTES + " bytes");
      }
      return response;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      lastRequestNanos = System.nanoTime();
    }
  }

  private void waitTurn(URI uri) {
    RobotsRules known = robots.get(uri.getScheme() + "://" + uri.getRawAuthority());
    Duration delay = pace.delay();
    if (known != null
        && known.crawlDelay().isPresent()
        && known.crawlDelay().get().compareTo(delay) > 0) {
      delay = known.crawlDelay().get();
    }
    if (lastRequestNanos != 0) {
      long waited = System.nanoTime() - lastRequestNanos;
      sleep(delay.minusNanos(waited));
    }
  }

  private static void sleep(Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      return;
    }
    try {
      Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static String pathAndQuery(URI uri) {
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }

  private static Optional<String> charsetOf(String contentType) {
    for (String part : contentType.split(";")) {
      String p = part.strip().toLowerCase(Locale.ROOT);
      if (p.startsWith("charset=")) {
        return Optional.of(p.substring("charset=".length()).replace("\"", ""));
      }
    }
    return Optional.empty();
  }
}
