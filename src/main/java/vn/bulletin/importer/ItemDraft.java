package vn.bulletin.importer;

import java.time.ZonedDateTime;
import java.util.List;
import vn.bulletin.model.Category;

/**
 * An imported article as it will be written: its front matter, Markdown body and the files beside
 * it.
 *
 * @param sourceUrl the address it was imported from, the key that makes a second run update it
 * @param alias the old site path that will redirect to it
 * @param image the cover photo's file name, or empty
 */
record ItemDraft(
    String sourceUrl,
    String alias,
    String title,
    ZonedDateTime date,
    Category category,
    String summary,
    String image,
    String author,
    String source,
    String body,
    List<BundleFile> files) {
  ItemDraft {
    files = List.copyOf(files);
  }
}
