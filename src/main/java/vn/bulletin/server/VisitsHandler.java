package vn.bulletin.server;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.thread.Invocable.InvocationType;
import vn.bulletin.counter.Client;
import vn.bulletin.counter.PagePath;
import vn.bulletin.counter.RateLimitedException;
import vn.bulletin.counter.StoreException;
import vn.bulletin.counter.VisitCounter;
import vn.bulletin.counter.VisitCounts;

/**
 * {@code POST /api/visits} with {@code {"path":"/x/"}} records a visit; {@code GET
 * /api/visits?path=/x/} reads the figures. Both answer {@code
 * {"total":…,"today":…,"month":…,"online":…,"views":…}}. A POST is answered only once its visit is
 * durable, without holding a thread while it waits.
 */
final class VisitsHandler {
  static final String PATH = "/api/visits";
  static final int MAX_BODY = 8 * 1024;
  private static final Duration STORE_RETRY = Duration.ofSeconds(5);

  private final VisitCounter counter;
  private final ClientResolver clients;
  private final Predicate<String> knownPage;
  private final StoreFailureLog failures;

  /**
   * @param knownPage whether a canonical path is a page of the site (any path when no site is
   *     served)
   */
  VisitsHandler(
      VisitCounter counter,
      ClientResolver clients,
      Predicate<String> knownPage,
      StoreFailureLog failures) {
    this.counter = counter;
    this.clients = clients;
    this.knownPage = knownPage;
    this.failures = failures;
  }

  void handle(Request request, Response response, Callback callback) {
    switch (request.getMethod()) {
      case "GET" -> read(request, response, callback);
      case "POST" -> record(request, response, callback);
      default -> {
        response.getHeaders().put(HttpHeader.ALLOW, "GET, POST");
        Responses.error(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "use GET or POST");
      }
    }
  }

  private void read(Request request, Response response, Callback callback) {
    String raw;
    try {
      raw = Request.extractQueryParameters(request, StandardCharsets.UTF_8).getValue("path");
    } catch (RuntimeException e) {
      Responses.error(
          response, callback, HttpStatus.BAD_REQUEST_400, "the query string is malformed");
      return;
    }
    Optional<String> path = page(raw, response, callback);
    if (path.isEmpty()) {
      return;
    }
    try {
      answer(response, callback, counter.read(path.get(), client(request)));
    } catch (RateLimitedException e) {
      Responses.retryLater(
          response,
          callback,
          HttpStatus.TOO_MANY_REQUESTS_429,
          e.retryAfter(),
          "too many requests");
    } catch (StoreException e) {
      storeDown(response, callback, e);
    }
  }

  private void record(Request request, Response response, Callback callback) {
    if (request.getLength() > MAX_BODY) {
      Responses.error(
          response, callback, HttpStatus.PAYLOAD_TOO_LARGE_413, "the body may hold at most 8 KB");
      return;
    }
    String type =
        Optional.ofNullable(request.getHeaders().get(HttpHeader.CONTENT_TYPE))
            .orElse("")
            .toLowerCase(Locale.ROOT);
    if (!type.startsWith("application/json") && !type.startsWith("text/plain")) {
      Responses.error(
          response,
          callback,
          HttpStatus.UNSUPPORTED_MEDIA_TYPE_415,
          "send the body as application/json");
      return;
    }
    // A chunked body has no length to check first: reading stops, and fails, past MAX_BODY.
    Content.Source.asByteArrayAsync(
        request,
        MAX_BODY,
        Promise.Invocable.from(
            InvocationType.BLOCKING,
            (byte[] body, Throwable failure) -> {
              if (failure != null) {
                Responses.error(
                    response,
                    callback,
                    HttpStatus.PAYLOAD_TOO_LARGE_413,
                    "the body may hold at most 8 KB");
              } else {
                recordBody(body, request, response, callback);
              }
            }));
  }

  private void recordBody(byte[] body, Request request, Response response, Callback callback) {
    Optional<String> raw =
        decode(body)
            .flatMap(Json::parseStringObject)
            .filter(m -> m.size() == 1 && m.containsKey("path"))
            .map(Map::values)
            .map(v -> v.iterator().next());
    if (raw.isEmpty()) {
      Responses.error(
          response,
          callback,
          HttpStatus.BAD_REQUEST_400,
          "the body must be {\"path\": \"/page/\"}");
      return;
    }
    Optional<String> path = page(raw.get(), response, callback);
    if (path.isEmpty()) {
      return;
    }
    CompletableFuture<VisitCounts> recorded;
    try {
      recorded = counter.record(path.get(), client(request));
    } catch (RateLimitedException e) {
      Responses.retryLater(
          response, callback, HttpStatus.TOO_MANY_REQUESTS_429, e.retryAfter(), "too many visits");
      return;
    }
    // The writer thread completes the future: answer on Jetty's threads so it goes straight on
    // committing.
    recorded.whenCompleteAsync(
        (counts, failure) -> {
          if (failure == null) {
            answer(response, callback, counts);
          } else {
            Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
            storeDown(response, callback, cause);
          }
        },
        request.getComponents().getExecutor());
  }

  /** The canonical path, or empty after answering 400 or 404. */
  private Optional<String> page(String raw, Response response, Callback callback) {
    Optional<String> path = raw == null ? Optional.empty() : PagePath.normalize(raw);
    if (path.isEmpty()) {
      Responses.error(
          response,
          callback,
          HttpStatus.BAD_REQUEST_400,
          "path must be a page of the site such as /tin-tuc-su-kien/ham-can/");
    } else if (!knownPage.test(path.get())) {
      Responses.error(
          response, callback, HttpStatus.NOT_FOUND_404, "the site has no page " + path.get());
      return Optional.empty();
    }
    return path;
  }

  private Client client(Request request) {
    InetAddress peer =
        ((InetSocketAddress) request.getConnectionMetaData().getRemoteSocketAddress()).getAddress();
    InetAddress address =
        clients.resolve(peer, request.getHeaders().getValuesList(HttpHeader.X_FORWARDED_FOR));
    return new Client(address, request.getHeaders().get(HttpHeader.USER_AGENT));
  }

  private static void answer(Response response, Callback callback, VisitCounts counts) {
    Responses.json(response, callback, HttpStatus.OK_200, Json.counts(counts));
  }

  private void storeDown(Response response, Callback callback, Throwable cause) {
    failures.report(cause);
    Responses.retryLater(
        response,
        callback,
        HttpStatus.SERVICE_UNAVAILABLE_503,
        STORE_RETRY,
        "the counter cannot store visits now");
  }

  private static Optional<String> decode(byte[] body) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
