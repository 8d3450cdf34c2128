package vn.bulletin.content;

/** The validated front matter of a standalone page. */
public record PageFields(String title, String lang, String summary, boolean draft, String slug) {
  public String path() {
    return slug + "/";
  }
}
