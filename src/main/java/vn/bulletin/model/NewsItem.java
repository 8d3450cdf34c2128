package vn.bulletin.model;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A parsed news item, ready to be planned into pages.
 *
 * @param sourcePath the Markdown file, relative to the project
 * @param path site-relative URL path, {@code <category-slug>/<slug>/}
 * @param summary the lead: from front matter, or the start of the body
 * @param body sanitised body HTML with links relative to the item's own page
 * @param internalLinks site-relative targets of the body's links and photos, for checking
 * @param aliases old addresses that redirect to the item
 * @param documents the documents (văn bản) the item cites, by number
 */
public record NewsItem(
    String sourcePath,
    String slug,
    String path,
    String title,
    ZonedDateTime date,
    Category category,
    List<Tag> tags,
    String summary,
    Optional<Image> image,
    String author,
    String source,
    boolean featured,
    boolean draft,
    HtmlBody body,
    List<LinkTarget> internalLinks,
    List<Alias> aliases,
    List<DocumentRef> documents) {

  public NewsItem {
    tags = List.copyOf(tags);
    internalLinks = List.copyOf(internalLinks);
    aliases = List.copyOf(aliases);
    documents = List.copyOf(documents);
  }

  /** An item that cites no document. */
  public NewsItem(
      String sourcePath,
      String slug,
      String path,
      String title,
      ZonedDateTime date,
      Category category,
      List<Tag> tags,
      String summary,
      Optional<Image> image,
      String author,
      String source,
      boolean featured,
      boolean draft,
      HtmlBody body,
      List<LinkTarget> internalLinks,
      List<Alias> aliases) {
    this(
        sourcePath,
        slug,
        path,
        title,
        date,
        category,
        tags,
        summary,
        image,
        author,
        source,
        featured,
        draft,
        body,
        internalLinks,
        aliases,
        List.of());
  }

  /** An item whose body HTML is at hand. */
  public NewsItem(
      String sourcePath,
      String slug,
      String path,
      String title,
      ZonedDateTime date,
      Category category,
      List<Tag> tags,
      String summary,
      Optional<Image> image,
      String author,
      String source,
      boolean featured,
      boolean draft,
      String bodyHtml,
      List<LinkTarget> internalLinks,
      List<Alias> aliases) {
    this(
        sourcePath,
        slug,
        path,
        title,
        date,
        category,
        tags,
        summary,
        image,
        author,
        source,
        featured,
        draft,
        HtmlBody.of(bodyHtml),
        internalLinks,
        aliases);
  }

  /** An item whose body HTML is at hand, without old addresses. */
  public NewsItem(
      String sourcePath,
      String slug,
      String path,
      String title,
      ZonedDateTime date,
      Category category,
      List<Tag> tags,
      String summary,
      Optional<Image> image,
      String author,
      String source,
      boolean featured,
      boolean draft,
      String bodyHtml,
      List<LinkTarget> internalLinks) {
    this(
        sourcePath,
        slug,
        path,
        title,
        date,
        category,
        tags,
        summary,
        image,
        author,
        source,
        featured,
        draft,
        HtmlBody.of(bodyHtml),
        internalLinks,
        List.of());
  }

  /** The body's HTML, decoded if it was kept from an earlier build. */
  public String bodyHtml() {
    return body.html();
  }
}
