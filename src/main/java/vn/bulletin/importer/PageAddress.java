package vn.bulletin.importer;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The old web address of a page: where it was fetched from; for a saved copy, the canonical link or
 * {@code og:url} it carries, else its place in a mirror ({@code wget --mirror} saves {@code
 * portal.example.gov.vn/news/a-1.html}), else its path under the folder.
 */
final class PageAddress {
  private PageAddress() {}

  /** The web address, when the page tells it or was fetched from the web. */
  static Optional<URI> webAddress(Document doc, URI fetched) {
    if (fetched.getScheme().matches("https?")) {
      return Optional.of(fetched);
    }
    for (String css :
        new String[] {"link[rel=canonical][href]", "meta[property=og:url][content]"}) {
      Element e = doc.selectFirst(css);
      String value = e == null ? "" : e.hasAttr("href") ? e.attr("href") : e.attr("content");
      if (value.matches("(?i)^https?://.+")) {
        try {
          return Optional.of(new URI(value.strip().replace(" ", "%20")));
        } catch (java.net.URISyntaxException ignored) {
          // A broken canonical link is no address; the mirror's path is still one.
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Where a saved page's root-relative addresses ("/uploads/a.jpg") point: its mirror's host
   * folder.
   */
  static URI siteRoot(Path folder, Path file) {
    Path relative = folder.relativize(file);
    if (relative.getNameCount() > 1
        && relative.getName(0).toString().matches("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:[0-9]+)?")) {
      return folder.resolve(relative.getName(0)).toUri();
    }
    return folder.toUri();
  }

  /** The alias path: from the web address, else from the file's place in the folder. */
  static String aliasPath(Optional<URI> web, Path root, Path file) {
    if (web.isPresent()) {
      URI u = web.get();
      String path = u.getRawPath() == null || u.getRawPath().isEmpty() ? "/" : u.getRawPath();
      return u.getRawQuery() == null ? path : path + "?" + u.getRawQuery();
    }
    String relative = root.relativize(file).toString().replace('\\', '/');
    int slash = relative.indexOf('/');
    // A mirror's first folder is the portal's host name.
    if (slash > 0
        && relative.substring(0, slash).matches("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+(:[0-9]+)?")) {
      relative = relative.substring(slash + 1);
    }
    return "/" + relative.replace(" ", "%20");
  }
}
