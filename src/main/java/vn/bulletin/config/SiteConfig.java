package vn.bulletin.config;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import vn.bulletin.model.Category;

/** The validated site config; every field has a value (defaults filled in). */
public record SiteConfig(
    String name,
    String tagline,
    URI baseUrl,
    String language,
    ZoneId timeZone,
    List<Category> categories,
    Lists lists,
    Contact contact,
    List<Link> links,
    long counterInitialTotal,
    boolean allowHtml) {

  /** Sizes of lists on pages. */
  public record Lists(int pageSize, int otherNewsCount, int homeLatestCount, int homeSectionCount) {
    static final Lists DEFAULT = new Lists(20, 10, 8, 4);
  }

  /** The footer's contact block; absent parts are empty. */
  public record Contact(
      String organisation, String address, String phone, String email, String licence) {
    static final Contact EMPTY = new Contact("", "", "", "", "");
  }

  /** A "Liên kết website" entry. */
  public record Link(String name, URI url) {}

  public SiteConfig {
    categories = List.copyOf(categories);
    links = List.copyOf(links);
  }

  /** The config of a site that has no {@code bulletin.yaml}. */
  public static SiteConfig defaults() {
    return new SiteConfig("Bản tin", "", URI.create("http://localhost:8080/"), "vi",
        ZoneId.of("Asia/Ho_Chi_Minh"), List.of(), Lists.DEFAULT, Contact.EMPTY, List.of(), 0, false);
  }

  public Optional<Category> findCategory(String name) {
    return categories.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The absolute URL of a site-relative path. */
  public String absoluteUrl(String sitePath) {
    return baseUrl.toString() + sitePath;
  }
}
