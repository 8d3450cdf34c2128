package vn.bulletin.model;

/** A section of the bulletin, such as "Tin tức - Sự kiện" at {@code /tin-tuc-su-kien/}. */
public record Category(String name, String slug, String description) {
  /** Site-relative path of the section's first list page. */
  public String path() {
    return slug + "/";
  }
}
