package vn.bulletin.importer;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.bulletin.config.SiteConfig;
import vn.bulletin.model.Category;
import vn.bulletin.model.Slug;

/**
 * Finds an article's category among {@code bulletin.yaml}'s: from its breadcrumb, innermost first,
 * then from its old URL's folders; each name or folder is tried as written, through {@code import:
 * categories:}, and by slug. One that matches nothing is reported by the caller, never made up.
 */
final class CategoryMatcher {
  private final SiteConfig config;
  private final Map<String, String> renames;

  CategoryMatcher(SiteConfig config, Map<String, String> renames) {
    this.config = config;
    this.renames = renames;
  }

  /** The category, or the hints that matched none (for the report). */
  record Match(Optional<Category> category, List<String> tried) {}

  Match match(List<String> breadcrumb, Optional<URI> url) {
    List<String> hints = new ArrayList<>();
    for (int i = breadcrumb.size() - 1; i >= 0; i--) {
      hints.add(breadcrumb.get(i).strip());
    }
    url.map(URI::getPath)
        .ifPresent(
            path -> {
              String[] parts = path.split("/");
              for (int i = parts.length - 2; i >= 0; i--) {
                hints.add(parts[i]);
              }
            });
    url.map(URI::getQuery)
        .ifPresent(
            query -> {
              for (String pair : query.split("&")) {
                if (pair.startsWith("op=") && pair.contains("/")) {
                  hints.add(pair.substring(3, pair.indexOf('/')));
                }
              }
            });
    hints.removeIf(
        h -> h.isBlank() || h.equalsIgnoreCase("Trang chủ") || h.equalsIgnoreCase("news"));
    for (String hint : hints) {
      Optional<Category> found = find(hint);
      if (found.isPresent()) {
        return new Match(found, hints);
      }
    }
    return new Match(Optional.empty(), hints);
  }

  private Optional<Category> find(String hint) {
    String renamed = renames.getOrDefault(hint, hint);
    Optional<Category> exact = config.findCategory(renamed);
    if (exact.isPresent()) {
      return exact;
    }
    String slug = Slug.of(renamed);
    return config.categories().stream()
        .filter(c -> !slug.isEmpty() && c.slug().equals(slug))
        .findFirst();
  }
}
