package vn.bulletin.server;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import vn.bulletin.search.InvalidSearchException;
import vn.bulletin.search.SearchEngine;
import vn.bulletin.search.SearchRequest;
import vn.bulletin.search.SearchResults;

/**
 * {@code GET /api/search?q=&category=&page=}: the index the last build wrote, queried by the same
 * engine as {@code bulletin search}. Bad input is a 400 with a message; no index yet is a 503.
 */
final class SearchHandler {
  static final String PATH = "/api/search";

  /** A rebuild writes a new index; the engine looks for it at most this often. */
  static final Duration REFRESH_EVERY = Duration.ofSeconds(5);

  private final Path indexDir;
  private final Clock clock;
  private SearchEngine engine;
  private Instant lastRefresh = Instant.MIN;

  SearchHandler(Path indexDir, Clock clock) {
    this.indexDir = indexDir;
    this.clock = clock;
  }

  void handle(Request request, Response response, Callback callback) {
    if (!HttpMethod.GET.is(request.getMethod())) {
      response.getHeaders().put("Allow", "GET");
      Responses.error(
          response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "use GET " + PATH + "?q=...");
      return;
    }
    Fields query = Request.extractQueryParameters(request);
    try {
      SearchRequest search =
          SearchRequest.of(
                  query.getValue("q"), query.getValue("category"), page(query.getValue("page")))
              .validated();
      Responses.json(response, callback, HttpStatus.OK_200, json(engine().search(search)));
    } catch (InvalidSearchException e) {
      Responses.error(response, callback, HttpStatus.BAD_REQUEST_400, e.getMessage());
    } catch (NoSuchFileException e) {
      Responses.retryLater(
          response,
          callback,
          HttpStatus.SERVICE_UNAVAILABLE_503,
          Duration.ofMinutes(1),
          "no search index yet; run bulletin build");
    } catch (IOException e) {
      Responses.retryLater(
          response,
          callback,
          HttpStatus.SERVICE_UNAVAILABLE_503,
          Duration.ofSeconds(10),
          "the search index cannot be read right now");
    }
  }

  // Opened on first use, so the service starts before the first build; refreshed after rebuilds.
  private synchronized SearchEngine engine() throws IOException {
    Instant now = clock.instant();
    if (engine == null) {
      engine = SearchEngine.open(indexDir);
      lastRefresh = now;
    } else if (now.isAfter(lastRefresh.plus(REFRESH_EVERY))) {
      engine.refresh();
      lastRefresh = now;
    }
    return engine;
  }

  private static int page(String text) {
    if (text == null || text.isEmpty()) {
      return 1;
    }
    if (!text.matches("[0-9]{1,4}")) {
      throw new InvalidSearchException("page must be a whole number from 1");
    }
    return Integer.parseInt(text);
  }

  private static String json(SearchResults results) {
    return "{\"query\":"
        + vn.bulletin.json.Json.quote(results.query())
        + ",\"page\":"
        + results.page()
        + ",\"total\":"
        + results.total()
        + ",\"partial\":"
        + results.partial()
        + ",\"results\":"
        + results.hitsJson()
        + "}";
  }

  synchronized void close() {
    if (engine != null) {
      try {
        engine.close();
      } catch (IOException e) {
        // Closing a read-only index cannot lose anything; the process is stopping anyway.
      }
    }
  }
}
