package vn.bulletin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.bulletin.testing.FileTrees;

/** A small generated site built twice, in two folders, gives the same bytes. */
class DeterminismProperties {
  record Item(
      String file, String title, String category, int day, List<String> tags, String body) {}

  @Provide
  Arbitrary<List<Item>> sites() {
    Arbitrary<String> words =
        Arbitraries.strings()
            .withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạếộữ ")
            .ofMinLength(1)
            .ofMaxLength(30);
    Arbitrary<Item> item =
        Combinators.combine(
                Arbitraries.strings().withChars("abcdefgh-").ofMinLength(1).ofMaxLength(8),
                words,
                Arbitraries.of("Tin tức - Sự kiện", "Thông báo", "Chuyên mục mới"),
                Arbitraries.integers().between(1, 28),
                words.list().ofMaxSize(3),
                words.list().ofMaxSize(4))
            .as(
                (file, title, category, day, tags, body) ->
                    new Item(file, title, category, day, tags, String.join("\n\n", body)));
    return item.list().ofMinSize(1).ofMaxSize(5).uniqueElements(Item::file);
  }

  @Property(tries = 25)
  void aSiteBuiltTwiceIsTheSameByteForByte(@ForAll("sites") List<Item> items) throws Exception {
    Path one = Files.createTempDirectory("bulletin-det");
    Path two = Files.createTempDirectory("bulletin-det");
    try {
      Map<String, String> first = build(one, items);
      Map<String, String> second = build(two, items);
      assertThat(second).isEqualTo(first);
    } finally {
      FileTrees.delete(one);
      FileTrees.delete(two);
    }
  }

  private static Map<String, String> build(Path dir, List<Item> items) {
    TestSite site = TestSite.in(dir);
    for (Item i : items) {
      site.item(
          "content/tin/" + i.file() + ".md",
          "title: \""
              + i.title()
              + "\"\ndate: 2024-09-"
              + String.format(java.util.Locale.ROOT, "%02d", i.day())
              + "\ncategory: \""
              + i.category()
              + "\"\ntags: ["
              + String.join(", ", i.tags().stream().map(t -> "\"" + t + "\"").toList())
              + "]",
          i.body() + "\n");
    }
    TestSite.Run run = site.cliBuild();
    return run.exitCode() == 0 ? FileTrees.digest(site.out()) : Map.of("failed", run.err());
  }
}
