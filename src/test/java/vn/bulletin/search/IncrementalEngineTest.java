package vn.bulletin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.bulletin.model.NewsItem;

/**
 * The engine over an index updated item by item answers as the engine over a clean index, scores
 * included.
 */
class IncrementalEngineTest {
  static final List<SearchRequest> REQUESTS =
      List.of(
          SearchRequest.of("hàm cần", "", 1),
          SearchRequest.of("thanh long nông thôn", "", 1),
          SearchRequest.of("lua", "", 1),
          SearchRequest.of("xã", "thong-bao", 1),
          new SearchRequest("phát tri", "", 1, 10, true, false),
          new SearchRequest("học sinh", "", 1, 10, false, true),
          SearchRequest.of("hoa bình", "", 2));

  private static List<String> answers(SearchEngine engine) {
    List<String> out = new ArrayList<>();
    for (SearchRequest r : REQUESTS) {
      SearchResults results = engine.search(r);
      out.add(r.query() + " " + results.total() + " " + results.hitsJson());
    }
    return out;
  }

  @Test
  void editsAndRemovalsLeaveTheAnswersOfACleanIndex() throws IOException {
    List<NewsItem> before = TestItems.corpus(200, 11);
    List<NewsItem> after = new ArrayList<>(before);
    after.remove(20);
    after.remove(120);
    NewsItem old = after.get(60);
    after.set(60, TestItems.edited(old, "Hàm Cần phát triển thanh long", old.bodyHtml()));

    try (SearchState updated = SearchState.inMemory();
        SearchState clean = SearchState.inMemory()) {
      updated.update(before, StaticExportTest.CATEGORIES, TestItems.FORMAT, path -> true);
      updated.published();
      updated.update(after, StaticExportTest.CATEGORIES, TestItems.FORMAT, path -> true);
      updated.published();
      clean.update(after, StaticExportTest.CATEGORIES, TestItems.FORMAT, path -> true);
      clean.published();
      try (SearchEngine a = updated.engine();
          SearchEngine b = clean.engine()) {
        assertThat(answers(a)).isEqualTo(answers(b));
      }
    }
  }
}
