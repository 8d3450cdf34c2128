package vn.bulletin.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writes the service's JSON answers: never cached, never sniffed as something else. */
final class Responses {
  private Responses() {}

  static void json(Response response, Callback callback, int status, String body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
  }

  static void error(Response response, Callback callback, int status, String message) {
    json(response, callback, status, Json.error(message));
  }

  /** 429 or 503: tells a well-behaved client when to come back. */
  static void retryLater(
      Response response, Callback callback, int status, Duration after, String message) {
    // Whole seconds, rounded up: coming back a little early would only be refused again.
    response
        .getHeaders()
        .put(HttpHeader.RETRY_AFTER, Long.toString(Math.max(1, (after.toMillis() + 999) / 1000)));
    error(response, callback, status, message);
  }
}
