package vn.bulletin.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Live reload for {@code bulletin serve --watch}. The HTML pages served get a script, from {@code
 * /_bulletin/live.js} and never written into the site, that listens to {@code /_bulletin/live}: a
 * stream of server-sent events, {@code reload} after each published build and {@code error} with
 * the diagnostics of a failed one. Every stream starts with the current state, so a page opened
 * while the build is broken shows the errors at once. Builds are numbered: a page knows the build
 * it came from and reloads only when a newer one is out.
 */
public final class LiveReload implements AutoCloseable {
  static final String PREFIX = "/_bulletin/";
  static final String EVENTS = PREFIX + "live";
  static final String SCRIPT = PREFIX + "live.js";

  /**
   * Well under the connector's idle timeout, so a quiet stream is never cut, and a closed page is
   * noticed.
   */
  static final Duration KEEP_ALIVE = Duration.ofSeconds(4);

  // EventSource waits 3 s by default before reconnecting; a restarted preview should be found
  // sooner.
  private static final String RETRY = "retry: 1000\n\n";
  private static final String PLACEHOLDER =
      """
      <!DOCTYPE html>
      <html lang="en">
      <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
      <title>No page here yet</title></head>
      <body><p>No page here yet: the site has not been built, or has no page at this address. This page
      reloads by itself after the next build that publishes.</p></body>
      </html>
      """;

  private final Set<LiveClient> clients = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService ticker =
      Executors.newSingleThreadScheduledExecutor(
          runnable -> {
            Thread t = new Thread(runnable, "bulletin-live");
            t.setDaemon(true);
            return t;
          });
  private final byte[] script = readScript();
  private long build;
  private String failure = "";

  public LiveReload() {
    this(KEEP_ALIVE);
  }

  LiveReload(Duration keepAlive) {
    ticker.scheduleAtFixedRate(
        () -> clients.forEach(c -> c.send(": keep-alive\n\n")),
        keepAlive.toNanos(),
        keepAlive.toNanos(),
        TimeUnit.NANOSECONDS);
  }

  /** A build published a new site: every open page reloads. */
  public synchronized void published() {
    build++;
    failure = "";
    clients.forEach(c -> c.send(event()));
  }

  /**
   * A build failed: every open page, and every page opened until a build publishes, shows {@code
   * diagnostics} over the last good site.
   */
  public synchronized void failed(String diagnostics) {
    failure = diagnostics.isEmpty() ? "the build failed" : diagnostics;
    clients.forEach(c -> c.send(event()));
  }

  // Called holding the lock, so every stream gets the states in the order they happened.
  private String event() {
    return failure.isEmpty()
        ? "event: reload\ndata: {\"build\":" + build + "}\n\n"
        : "event: error\ndata: {\"build\":" + build + ",\"text\":" + Json.quote(failure) + "}\n\n";
  }

  static boolean handles(String path) {
    return path.startsWith(PREFIX);
  }

  void handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    if (!request.getMethod().equals("GET")) {
      response.getHeaders().put(HttpHeader.ALLOW, "GET");
      Responses.error(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "use GET");
    } else if (path.equals(EVENTS)) {
      stream(request, response, callback);
    } else if (path.equals(SCRIPT)) {
      response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/javascript; charset=utf-8");
      response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
      response.getHeaders().put("X-Content-Type-Options", "nosniff");
      response.write(true, ByteBuffer.wrap(script), callback);
    } else {
      Responses.error(
          response,
          callback,
          HttpStatus.NOT_FOUND_404,
          "not found; the live preview has " + EVENTS + " and " + SCRIPT);
    }
  }

  private synchronized void stream(Request request, Response response, Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    LiveClient client = new LiveClient(response, callback, clients::remove);
    clients.add(client);
    request.addFailureListener(client::fail);
    client.send(RETRY + event());
  }

  /**
   * The page with the live script added before its last {@code </body>}, or at its end if it has
   * none.
   */
  byte[] inject(byte[] html) {
    byte[] tag;
    synchronized (this) {
      tag =
          ("<script src=\"" + SCRIPT + "\" data-build=\"" + build + "\" defer></script>\n")
              .getBytes(StandardCharsets.UTF_8);
    }
    int at = lastBodyEnd(html);
    byte[] out = new byte[html.length + tag.length];
    System.arraycopy(html, 0, out, 0, at);
    System.arraycopy(tag, 0, out, at, tag.length);
    System.arraycopy(html, at, out, at + tag.length, html.length - at);
    return out;
  }

  /**
   * A page for an address the site has no page for and no 404 page either (it has not been built
   * yet).
   */
  byte[] placeholder() {
    return inject(PLACEHOLDER.getBytes(StandardCharsets.UTF_8));
  }

  // Where "</body" starts, in any letter case; UTF-8 never uses ASCII bytes inside other
  // characters.
  private static int lastBodyEnd(byte[] html) {
    byte[] end = "</body".getBytes(StandardCharsets.US_ASCII);
    for (int i = html.length - end.length; i >= 0; i--) {
      int j = 0;
      while (j < end.length && Character.toLowerCase(html[i + j]) == end[j]) {
        j++;
      }
      if (j == end.length) {
        return i;
      }
    }
    return html.length;
  }

  /** How many streams are open. */
  int streams() {
    return clients.size();
  }

  /** Ends every stream (their pages reconnect to the next preview) and stops the keep-alive. */
  @Override
  public void close() {
    ticker.shutdownNow();
    clients.forEach(LiveClient::end);
  }

  private static byte[] readScript() {
    try (InputStream in = LiveReload.class.getResourceAsStream("live.js")) {
      if (in == null) {
        throw new IllegalStateException("live.js is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
