package vn.bulletin.parse;

import java.util.List;
import vn.bulletin.model.Document;
import vn.bulletin.model.NewsItem;
import vn.bulletin.model.StandalonePage;

/**
 * The parse stage's result: every item, page and document that parsed without errors, in path
 * order.
 */
public record ParsedContent(
    List<NewsItem> items, List<StandalonePage> pages, List<Document> documents) {
  public ParsedContent(List<NewsItem> items, List<StandalonePage> pages) {
    this(items, pages, List.of());
  }
}
