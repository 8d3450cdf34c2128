package vn.bulletin.content;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import vn.bulletin.model.Alias;
import vn.bulletin.model.Category;
import vn.bulletin.model.DocumentRef;

/** The validated front matter of a news item. */
public record ItemFields(
    String title,
    ZonedDateTime date,
    Category category,
    List<String> tags,
    String summary,
    Optional<String> image,
    String author,
    String source,
    boolean featured,
    boolean draft,
    String slug,
    List<Alias> aliases,
    List<DocumentRef> documents) {

  public ItemFields {
    tags = List.copyOf(tags);
    aliases = List.copyOf(aliases);
    documents = List.copyOf(documents);
  }

  /** Site-relative path of the item's page. */
  public String path() {
    return category.slug() + "/" + slug + "/";
  }
}
