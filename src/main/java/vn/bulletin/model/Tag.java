package vn.bulletin.model;

/** A keyword on items; its pages live under {@code /the/<slug>/}. */
public record Tag(String name, String slug) {
  public static final String SECTION = "the";

  public static Tag of(String name) {
    return new Tag(name, Slug.of(name));
  }

  public String path() {
    return SECTION + "/" + slug + "/";
  }
}
