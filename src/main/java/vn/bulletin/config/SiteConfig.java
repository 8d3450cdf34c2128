package vn.bulletin.config;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import vn.bulletin.model.Category;
import vn.bulletin.photo.PhotoSettings;

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
    Counter counter,
    boolean allowHtml,
    PhotoSettings photos,
    Documents documents) {

  /** Sizes of lists on pages. */
  public record Lists(int pageSize, int otherNewsCount, int homeLatestCount, int homeSectionCount) {
    static final Lists DEFAULT = new Lists(20, 10, 8, 4);
  }

  /** The footer's contact block; absent parts are empty. */
  public record Contact(
      String organisation, String address, String phone, String email, String licence) {
    static final Contact EMPTY = new Contact("", "", "", "", "");
  }

  /**
   * The visitor counter: the widget's endpoint and the service's settings.
   *
   * @param initialTotal the count carried over from the old portal
   * @param endpoint where the widget sends visits; empty for the site's own {@code api/visits}
   * @param allowedOrigins origins whose pages may call the service (CORS), e.g. {@code
   *     https://bantin.example.gov.vn}
   * @param trustedProxies peers whose {@code X-Forwarded-For} header is believed
   * @param rateLimit visits one client may record per minute
   * @param db JDBC URL of the store; empty for the SQLite file under {@code .bulletin/}
   */
  public record Counter(
      long initialTotal,
      String endpoint,
      List<String> allowedOrigins,
      List<AddressRange> trustedProxies,
      int rateLimit,
      String db) {
    public static final Counter DEFAULT =
        new Counter(0, "", List.of(), AddressRange.LOOPBACK, 30, "");

    public Counter {
      allowedOrigins = List.copyOf(allowedOrigins);
      trustedProxies = List.copyOf(trustedProxies);
    }
  }

  /**
   * The documents section (văn bản).
   *
   * @param kinds the kinds a document's {@code loai:} may name, in the order filters list them
   * @param maxFileBytes the largest attachment a document may have
   */
  public record Documents(List<String> kinds, long maxFileBytes) {
    public static final List<String> DEFAULT_KINDS =
        List.of(
            "Nghị quyết",
            "Quyết định",
            "Chỉ thị",
            "Kế hoạch",
            "Thông báo",
            "Hướng dẫn",
            "Công văn",
            "Báo cáo",
            "Quy định",
            "Chương trình",
            "Tờ trình",
            "Kết luận");
    public static final Documents DEFAULT = new Documents(DEFAULT_KINDS, 20L * 1024 * 1024);

    public Documents {
      kinds = List.copyOf(kinds);
    }
  }

  /** A "Liên kết website" entry. */
  public record Link(String name, URI url) {}

  public SiteConfig {
    categories = List.copyOf(categories);
    links = List.copyOf(links);
  }

  /** The config of a site that has no {@code bulletin.yaml}. */
  public static SiteConfig defaults() {
    return new SiteConfig(
        "Bản tin",
        "",
        URI.create("http://localhost:8080/"),
        "vi",
        ZoneId.of("Asia/Ho_Chi_Minh"),
        List.of(),
        Lists.DEFAULT,
        Contact.EMPTY,
        List.of(),
        Counter.DEFAULT,
        false,
        PhotoSettings.DEFAULT,
        Documents.DEFAULT);
  }

  public Optional<Category> findCategory(String name) {
    return categories.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  public long counterInitialTotal() {
    return counter.initialTotal();
  }

  /** The absolute URL of a site-relative path. */
  public String absoluteUrl(String sitePath) {
    return baseUrl.toString() + sitePath;
  }
}
