package vn.bulletin.plan;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.bulletin.config.SiteConfig;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.model.Alias;
import vn.bulletin.model.NewsItem;

/**
 * Plans what keeps an item's old addresses ({@code aliases:}) working: a small page at each old
 * path that sends the reader on, and {@code _redirects.nginx}, a map for the permanent redirects a
 * server can give. An alias that another alias or a page already claims is an error at its line.
 */
final class RedirectPlanner {
  static final String NGINX_MAP = "_redirects.nginx";

  private final SiteConfig config;

  RedirectPlanner(SiteConfig config) {
    this.config = config;
  }

  void plan(List<NewsItem> published, OutputList out) {
    Map<String, String> targets = new TreeMap<>();
    Map<String, NewsItem> aliasOwners = new HashMap<>();
    published.stream()
        .sorted(Comparator.comparing(NewsItem::sourcePath))
        .forEach(
            item -> {
              for (Alias alias : item.aliases()) {
                NewsItem earlier = aliasOwners.putIfAbsent(alias.path(), item);
                if (earlier != null) {
                  out.report(
                      error(
                              item,
                              alias,
                              "alias "
                                  + alias.path()
                                  + " is also an alias of "
                                  + earlier.sourcePath())
                          .withHint(
                              "an old address can lead to one item only; remove it from one of them"));
                } else if (claim(item, alias, out)) {
                  targets.put(alias.path(), basePath() + item.path());
                }
              }
            });
    if (!targets.isEmpty()) {
      out.add(new SitePlan.TextFile(NGINX_MAP, nginxMap(targets)));
    }
  }

  private boolean claim(NewsItem item, Alias alias, OutputList out) {
    Optional<String> file = RedirectPage.fileFor(alias.path());
    if (file.isEmpty()) {
      return true;
    }
    Optional<String> owner = out.ownerOf(file.get());
    if (owner.isPresent()) {
      String url = "/" + file.get().replaceFirst("index\\.html$", "");
      out.report(
          error(
                  item,
                  alias,
                  "alias " + alias.path() + " is the address of " + owner.get() + " (" + url + ")")
              .withHint("remove the alias, or give that page another address"));
      return false;
    }
    out.add(new SitePlan.TextFile(file.get(), RedirectPage.html(config, item, file.get())));
    return true;
  }

  private static Diagnostic error(NewsItem item, Alias alias, String message) {
    return Diagnostic.error(item.sourcePath(), message).atLine(alias.lineNumber(), "");
  }

  private String basePath() {
    String path = config.baseUrl().getPath();
    return path == null || path.isEmpty() ? "/" : path.endsWith("/") ? path : path + "/";
  }

  // nginx matches $request_uri as the client sent it, so keys stay percent-encoded; quoted, as
  // old addresses hold "?", "&" and ";".
  private static String nginxMap(Map<String, String> targets) {
    StringBuilder text =
        new StringBuilder()
            .append(
                "# Old addresses of the site's items. In nginx's http block: include this file;\n")
            .append(
                "# in the server block: if ($bulletin_redirect) { return 301 $bulletin_redirect; }\n")
            .append("map $request_uri $bulletin_redirect {\n");
    targets.forEach(
        (from, to) ->
            text.append("    \"")
                .append(quote(from))
                .append("\" \"")
                .append(quote(to))
                .append("\";\n"));
    return text.append("}\n").toString();
  }

  private static String quote(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  /** Decodes an alias path the way a static host maps a request to a file. */
  static String decodedPath(String rawPath) {
    return URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
