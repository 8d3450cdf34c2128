package vn.bulletin.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Serves the built site as a static host would: a folder's {@code index.html}, {@code 404.html}
 * with status 404, content types by extension. The site folder is a symbolic link that each build
 * switches, so it is resolved per request; every file is resolved to its real path and must lie
 * inside it. In the live preview, HTML pages are sent with the live-reload script added (the files
 * stay as built).
 */
final class SiteHandler {
  private static final Map<String, String> TYPES =
      Map.ofEntries(
          Map.entry("html", "text/html; charset=utf-8"),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json"),
          Map.entry("xml", "application/xml; charset=utf-8"),
          Map.entry("txt", "text/plain; charset=utf-8"),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("webp", "image/webp"),
          Map.entry("avif", "image/avif"),
          Map.entry("ico", "image/x-icon"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("woff", "font/woff"),
          Map.entry("pdf", "application/pdf"),
          Map.entry("mp4", "video/mp4"));

  private final Path site;
  private final Optional<LiveReload> live;

  SiteHandler(Path site, Optional<LiveReload> live) {
    this.site = site;
    this.live = live;
  }

  /** Whether a canonical page path ({@code /x/} or {@code /404.html}) is a page of the site now. */
  boolean hasPage(String path) {
    return find(path.endsWith("/") ? path + "index.html" : path).isPresent();
  }

  void handle(Request request, Response response, Callback callback) throws IOException {
    String method = request.getMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
      Responses.error(response, callback, HttpStatus.METHOD_NOT_ALLOWED_405, "use GET or HEAD");
      return;
    }
    String path = Request.getPathInContext(request);
    Optional<Path> file = find(path);
    if (file.isPresent() && Files.isDirectory(file.get())) {
      if (!path.endsWith("/")) {
        redirectToFolder(request, response, callback);
        return;
      }
      file = find(path + "index.html");
    }
    if (file.isPresent() && Files.isRegularFile(file.get())) {
      send(response, callback, HttpStatus.OK_200, file.get(), method);
      return;
    }
    Optional<Path> notFound = find("/404.html");
    if (notFound.isPresent()) {
      send(response, callback, HttpStatus.NOT_FOUND_404, notFound.get(), method);
    } else if (live.isPresent()) {
      sendBytes(
          response,
          callback,
          HttpStatus.NOT_FOUND_404,
          TYPES.get("html"),
          live.get().placeholder(),
          method);
    } else {
      Responses.error(response, callback, HttpStatus.NOT_FOUND_404, "not found");
    }
  }

  /**
   * The real file of a URL path, if it exists inside the site. Jetty has already decoded the path
   * and refused ambiguous forms ({@code %2e%2e}, {@code %2f}); this still checks {@code ..} and
   * symbolic links.
   */
  Optional<Path> find(String urlPath) {
    if (!urlPath.startsWith("/") || urlPath.indexOf('\0') >= 0 || urlPath.contains("\\")) {
      return Optional.empty();
    }
    try {
      Path root = site.toRealPath();
      Path candidate = root.resolve(urlPath.substring(1)).normalize();
      if (!candidate.startsWith(root) || !Files.exists(candidate)) {
        return Optional.empty();
      }
      Path real = candidate.toRealPath();
      boolean trailingSlashOnFile = urlPath.endsWith("/") && !Files.isDirectory(real);
      return real.startsWith(root) && !trailingSlashOnFile ? Optional.of(real) : Optional.empty();
    } catch (IOException | java.nio.file.InvalidPathException e) {
      return Optional.empty();
    }
  }

  /** {@code /tin-tuc} to {@code /tin-tuc/}, so the page's relative links resolve. */
  private static void redirectToFolder(Request request, Response response, Callback callback) {
    String query = request.getHttpURI().getQuery();
    String target = request.getHttpURI().getPath() + "/" + (query == null ? "" : "?" + query);
    Response.sendRedirect(
        request, response, callback, HttpStatus.MOVED_PERMANENTLY_301, target, false);
  }

  private void send(Response response, Callback callback, int status, Path file, String method)
      throws IOException {
    String name = file.getFileName().toString();
    String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
    String type = TYPES.getOrDefault(extension, "application/octet-stream");
    if (live.isPresent() && extension.equals("html")) {
      sendBytes(
          response, callback, status, type, live.get().inject(Files.readAllBytes(file)), method);
      return;
    }
    headers(response, status, type, Files.size(file));
    if (method.equals("HEAD")) {
      response.write(true, null, callback);
    } else {
      Content.copy(Content.Source.from(file), response, callback);
    }
  }

  private static void sendBytes(
      Response response, Callback callback, int status, String type, byte[] bytes, String method) {
    headers(response, status, type, bytes.length);
    response.write(true, method.equals("HEAD") ? null : ByteBuffer.wrap(bytes), callback);
  }

  private static void headers(Response response, int status, String type, long length) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, length);
    // A preview shows the latest build at once; a real host sets its own caching.
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
  }
}
