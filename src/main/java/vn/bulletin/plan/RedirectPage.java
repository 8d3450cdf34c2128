package vn.bulletin.plan;

import java.util.Optional;
import org.jsoup.nodes.Entities;
import vn.bulletin.config.SiteConfig;
import vn.bulletin.model.NewsItem;

/**
 * The small page left at an old address: a refresh, a canonical link, and a plain link for readers.
 */
final class RedirectPage {
  private RedirectPage() {}

  /**
   * The site file that answers an old path, or nothing when only a server can (an address with a
   * query, as {@code /index.php?nv=news&op=a-1}, is one file for every query).
   */
  static Optional<String> fileFor(String aliasPath) {
    if (aliasPath.contains("?")) {
      return Optional.empty();
    }
    String path = RedirectPlanner.decodedPath(aliasPath).substring(1);
    String last = path.substring(path.lastIndexOf('/') + 1);
    if (path.isEmpty() || path.endsWith("/")) {
      return Optional.of(path + "index.html");
    }
    return Optional.of(last.contains(".") ? path : path + "/index.html");
  }

  static String html(SiteConfig config, NewsItem item, String file) {
    String target = ViewFactory.rootFrom(file) + item.path();
    String title = Entities.escape(item.title());
    String href = Entities.escape(target);
    return "<!DOCTYPE html>\n"
        + "<html lang=\""
        + config.language()
        + "\">\n"
        + "<head>\n"
        + "<meta charset=\"utf-8\">\n"
        + "<title>"
        + title
        + "</title>\n"
        + "<meta name=\"robots\" content=\"noindex\">\n"
        + "<link rel=\"canonical\" href=\""
        + Entities.escape(config.absoluteUrl(item.path()))
        + "\">\n"
        + "<meta http-equiv=\"refresh\" content=\"0; url="
        + href
        + "\">\n"
        + "</head>\n"
        + "<body>\n"
        + "<p>Bài viết đã chuyển sang địa chỉ mới: <a href=\""
        + href
        + "\">"
        + title
        + "</a></p>\n"
        + "</body>\n"
        + "</html>\n";
  }
}
