package vn.bulletin.importer;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An old portal on 127.0.0.1 for the crawler: pages, failures and redirects by path, every request
 * logged.
 */
final class PortalServer implements AutoCloseable {
  /** What one request saw. */
  record Request(String pathAndQuery, String userAgent) {}

  private interface Answer {
    void send(HttpExchange exchange, int count) throws IOException;
  }

  private final HttpServer server;
  private final Map<String, Answer> answers = new HashMap<>();
  private final Map<String, AtomicInteger> counts = new HashMap<>();
  private final List<Request> requests = new ArrayList<>();

  PortalServer() {
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/", this::handle);
    server.start();
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  PortalServer page(String path, String contentType, byte[] body) {
    answers.put(path, (ex, n) -> send(ex, 200, contentType, body));
    return this;
  }

  PortalServer html(String path, String html) {
    return page(path, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  /** Answers 500 the first {@code failures} times, then the page. */
  PortalServer flaky(String path, int failures, String html) {
    answers.put(
        path,
        (ex, n) -> {
          if (n <= failures) {
            send(ex, 500, "text/plain", "busy".getBytes(StandardCharsets.UTF_8));
          } else {
            send(ex, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
          }
        });
    return this;
  }

  PortalServer redirect(String path, String location) {
    answers.put(
        path,
        (ex, n) -> {
          ex.getResponseHeaders().add("Location", location);
          send(ex, 301, "text/plain", new byte[0]);
        });
    return this;
  }

  synchronized List<Request> requests() {
    return List.copyOf(requests);
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path =
        exchange.getRequestURI().getRawPath()
            + (exchange.getRequestURI().getRawQuery() == null
                ? ""
                : "?" + exchange.getRequestURI().getRawQuery());
    int count;
    synchronized (this) {
      requests.add(new Request(path, exchange.getRequestHeaders().getFirst("User-Agent")));
      count = counts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    }
    Answer answer = answers.get(path);
    if (answer == null) {
      send(exchange, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
    } else {
      answer.send(exchange, count);
    }
  }

  private static void send(HttpExchange exchange, int status, String type, byte[] body)
      throws IOException {
    exchange.getResponseHeaders().add("Content-Type", type);
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      exchange.getResponseBody().write(body);
    }
    exchange.close();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
