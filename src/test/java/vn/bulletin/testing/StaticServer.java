package vn.bulletin.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;

/**
 * Serves a built site from a folder on 127.0.0.1 and a free port, as a static host would: a
 * folder's {@code index.html}, {@code 404.html} with status 404, content types by extension. For
 * tests only.
 */
public final class StaticServer implements AutoCloseable {
  private static final Map<String, String> TYPES =
      Map.of(
          "html",
          "text/html; charset=utf-8",
          "css",
          "text/css; charset=utf-8",
          "js",
          "text/javascript; charset=utf-8",
          "json",
          "application/json",
          "xml",
          "application/xml",
          "svg",
          "image/svg+xml",
          "txt",
          "text/plain; charset=utf-8",
          "png",
          "image/png",
          "jpg",
          "image/jpeg");

  private final HttpServer server;
  private final Path root;

  private StaticServer(Path root) throws IOException {
    this.root = root.toRealPath();
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.start();
  }

  public static StaticServer serve(Path root) {
    try {
      return new StaticServer(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The site's root URL, ending in {@code /}. */
  public URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  private void handle(HttpExchange exchange) throws IOException {
    String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8);
    Path file = root.resolve(path.substring(1)).normalize();
    if (Files.isDirectory(file)) {
      file = file.resolve("index.html");
    }
    int status = 200;
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      file = root.resolve("404.html");
      status = 404;
    }
    byte[] body = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
    String name = file.getFileName().toString();
    String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    exchange
        .getResponseHeaders()
        .set("Content-Type", TYPES.getOrDefault(extension, "application/octet-stream"));
    boolean head = exchange.getRequestMethod().equals("HEAD");
    exchange.sendResponseHeaders(status, head ? -1 : body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      if (!head) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
