package vn.bulletin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.bulletin.model.NewsItem;

/**
 * Whatever words edits put into or take out of items' titles, leads and bodies (respellings, words
 * moved between fields, a word gone from one field and kept in another), an export updated from the
 * previous one, in one process or read back by the next, equals a clean export of the same items.
 */
class IncrementalExportProperties {
  private static final String[] WORDS = {
    "hàm", "ham", "Hàm", "cần", "can", "lúa", "lừa", "lửa", "xã", "0", "zygote"
  };

  /** Short items of few words, so that one edit can take the last of a word out of a field. */
  private static final List<NewsItem> BEFORE = corpus();

  private static List<NewsItem> corpus() {
    java.util.Random random = new java.util.Random(11);
    List<NewsItem> items = new ArrayList<>();
    for (int i = 11; i >= 0; i--) {
      items.add(
          TestItems.item(
              "bai-" + i,
              i % 2 == 0 ? TestItems.NEWS : TestItems.NOTICES,
              i,
              words(random, 3),
              words(random, 4) + ". " + words(random, 4)));
    }
    return items;
  }

  private static String words(java.util.Random random, int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
    }
    return out.toString();
  }

  /** One edit: which item, which field (0 title, 1 lead, 2 body), which word replaced by which. */
  record Edit(int item, int field, int at, String word) {}

  @Provide
  Arbitrary<List<Edit>> edits() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 11),
            Arbitraries.integers().between(0, 2),
            Arbitraries.integers().between(0, 10),
            Arbitraries.of(WORDS))
        .as(Edit::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(4);
  }

  @Property(tries = 40)
  void everyUpdateEqualsACleanExport(@ForAll("edits") List<Edit> edits) throws IOException {
    List<NewsItem> after = new ArrayList<>(BEFORE);
    for (Edit edit : edits) {
      int index = edit.item();
      after.set(index, apply(after.get(index), edit));
    }
    try (SearchState state = SearchState.inMemory()) {
      SortedMap<String, byte[]> live = publish(state, new TreeMap<>(), BEFORE);
      SortedMap<String, byte[]> updated = publish(state, live, after);

      assertThat(updated).usingRecursiveComparison().isEqualTo(StaticExportTest.export(after));
    }
  }

  private static SortedMap<String, byte[]> publish(
      SearchState state, SortedMap<String, byte[]> live, List<NewsItem> items) throws IOException {
    SortedMap<String, byte[]> site = new TreeMap<>();
    for (SearchExport.File f :
        state
            .update(items, StaticExportTest.CATEGORIES, TestItems.FORMAT, live::containsKey)
            .files()) {
      site.put(f.path(), f.unchanged() ? live.get(f.path()) : f.bytes());
    }
    state.published();
    return site;
  }

  private static NewsItem apply(NewsItem item, Edit edit) {
    String body =
        item.bodyHtml().substring("<p>".length(), item.bodyHtml().length() - "</p>".length());
    String title = edit.field() == 0 ? replace(item.title(), edit) : item.title();
    // A lead of its own (1), or one taken from the body (2), as a site does when the item has none.
    String summary =
        edit.field() == 1
            ? replace(item.summary(), edit)
            : edit.field() == 2 ? replace(body, edit) : item.summary();
    String html = edit.field() == 2 ? "<p>" + replace(body, edit) + "</p>" : item.bodyHtml();
    return new NewsItem(
        item.sourcePath(),
        item.slug(),
        item.path(),
        title,
        item.date(),
        item.category(),
        item.tags(),
        summary,
        item.image(),
        item.author(),
        item.source(),
        item.featured(),
        item.draft(),
        html,
        item.internalLinks());
  }

  private static String replace(String text, Edit edit) {
    String[] words = text.split(" ");
    words[edit.at() % words.length] = edit.word();
    return String.join(" ", words);
  }
}
