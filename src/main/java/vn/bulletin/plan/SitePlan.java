package vn.bulletin.plan;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.model.Document;
import vn.bulletin.model.NewsItem;

/**
 * Everything the site will hold.
 *
 * @param pages files made from templates
 * @param files files copied as they are
 * @param photos photos published as resized and cropped copies
 * @param photoProblems why a photo that a page shows cannot be published, by its site path
 * @param texts small files written as they are (robots.txt)
 * @param published the published items, newest first
 * @param documents the published documents (văn bản), newest first
 * @param nextScheduled the earliest item held back because its date is still to come
 * @param diagnostics two files claiming one URL, reported on each content file of the two
 */
public record SitePlan(
    List<PageSpec> pages,
    List<FileSpec> files,
    List<PhotoSpec> photos,
    Map<String, String> photoProblems,
    List<TextFile> texts,
    List<NewsItem> published,
    List<Document> documents,
    Optional<NewsItem> nextScheduled,
    List<Diagnostic> diagnostics) {

  /** A small file whose whole text the plan knows. */
  public record TextFile(String path, String text) {}

  public SitePlan {
    pages = List.copyOf(pages);
    files = List.copyOf(files);
    photos = List.copyOf(photos);
    photoProblems = Map.copyOf(photoProblems);
    texts = List.copyOf(texts);
    published = List.copyOf(published);
    documents = List.copyOf(documents);
    diagnostics = List.copyOf(diagnostics);
  }
}
