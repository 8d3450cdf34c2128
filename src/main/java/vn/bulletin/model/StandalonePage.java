package vn.bulletin.model;

import java.util.List;

/** A page that is not news, such as "Giới thiệu": in menus, never in lists or feeds. */
public record StandalonePage(
    String sourcePath,
    String slug,
    String title,
    String lang,
    String summary,
    boolean draft,
    String bodyHtml,
    List<LinkTarget> internalLinks) {

  public StandalonePage {
    internalLinks = List.copyOf(internalLinks);
  }

  public String path() {
    return slug + "/";
  }
}
