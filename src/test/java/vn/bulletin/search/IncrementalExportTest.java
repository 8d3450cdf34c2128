package vn.bulletin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bulletin.model.NewsItem;

/**
 * An export updated from the previous one equals a clean export, and rewrites only the chunks that
 * changed.
 */
class IncrementalExportTest {
  static final List<NewsItem> BEFORE = TestItems.corpus(300, 7);

  @TempDir Path dir;

  /**
   * The site after an update from {@code before}: kept files from the live site, the others as
   * written.
   */
  private record Updated(
      SortedMap<String, byte[]> site, Set<String> rewritten, SearchExport export) {}

  private static Updated update(
      SearchState state, SortedMap<String, byte[]> live, List<NewsItem> after) throws IOException {
    SearchExport export =
        state.update(after, StaticExportTest.CATEGORIES, TestItems.FORMAT, live::containsKey);
    SortedMap<String, byte[]> site = new TreeMap<>();
    Set<String> rewritten = new TreeSet<>();
    for (SearchExport.File f : export.files()) {
      if (f.unchanged()) {
        assertThat(live).as(f.path()).containsKey(f.path());
        site.put(f.path(), live.get(f.path()));
      } else {
        site.put(f.path(), f.bytes());
        rewritten.add(f.path());
      }
    }
    state.published();
    return new Updated(site, rewritten, export);
  }

  private static Updated fromBefore(List<NewsItem> after) throws IOException {
    try (SearchState state = SearchState.inMemory()) {
      SortedMap<String, byte[]> live = update(state, new TreeMap<>(), BEFORE).site();
      return update(state, live, after);
    }
  }

  // Every file of the clean export that the live one lacks, and the manifest: nothing else is
  // written.
  private static Set<String> newIn(
      SortedMap<String, byte[]> clean, SortedMap<String, byte[]> live) {
    Set<String> out = new TreeSet<>(clean.keySet());
    out.removeAll(live.keySet());
    out.add("search/manifest.json");
    return out;
  }

  private static void assertSameAsClean(Updated updated, List<NewsItem> after) throws IOException {
    SortedMap<String, byte[]> clean = StaticExportTest.export(after);
    assertThat(updated.site().keySet()).isEqualTo(clean.keySet());
    clean.forEach((path, bytes) -> assertThat(updated.site().get(path)).as(path).isEqualTo(bytes));
  }

  private static Set<String> dirs(Set<String> paths) {
    return paths.stream()
        .map(p -> p.substring(0, p.lastIndexOf('/') + 1))
        .collect(Collectors.toSet());
  }

  private static long count(Set<String> paths, String dir) {
    return paths.stream().filter(p -> p.startsWith(dir)).count();
  }

  @Test
  void editingABodyRewritesOnlyTheChunksOfItsTerms() throws IOException {
    List<NewsItem> after = new ArrayList<>(BEFORE);
    NewsItem old = after.get(150);
    after.set(
        150, TestItems.edited(old, old.title(), old.bodyHtml().replace("</p>", " zygote</p>")));

    Updated updated = fromBefore(after);
    SortedMap<String, byte[]> before = StaticExportTest.export(BEFORE);

    assertSameAsClean(updated, after);
    assertThat(updated.rewritten()).isEqualTo(newIn(StaticExportTest.export(after), before));
    assertThat(updated.export().analysed()).isEqualTo(1);
    assertThat(updated.export().full()).isFalse();
    // Its row (title, date, lead) is as it was: the metadata chunk is made again, found equal,
    // kept.
    // The body ends a sentence before "zygote", so no new bigram either: the manifest and unigram
    // chunks.
    assertThat(dirs(updated.rewritten())).containsOnly("search/", "search/u/");
    assertThat(updated.rewritten().size()).isLessThan(before.size() / 4);
  }

  // The body of item 150 with its word at {@code at} (in the first sentence, past the lead)
  // replaced.
  private static List<NewsItem> withWord(int at, java.util.function.UnaryOperator<String> replace) {
    List<NewsItem> after = new ArrayList<>(BEFORE);
    NewsItem old = after.get(150);
    String[] words = words(old);
    words[at] = replace.apply(words[at]);
    after.set(150, TestItems.edited(old, old.title(), "<p>" + String.join(" ", words) + "</p>"));
    return after;
  }

  private static String[] words(NewsItem item) {
    return item.bodyHtml()
        .substring("<p>".length(), item.bodyHtml().length() - "</p>".length())
        .split(" ");
  }

  @Test
  void replacingOneWordReadsOnlyTheRecordsOfTheTermsWhoseCountsMoved() throws IOException {
    String[] words = words(BEFORE.get(150));
    String before = VietnameseText.fold(words[39]);
    String gone = VietnameseText.fold(words[40]);
    String after = VietnameseText.fold(words[41]);

    Updated updated = fromBefore(withWord(40, w -> "zygote"));

    assertSameAsClean(updated, withWord(40, w -> "zygote"));
    Set<String> moved =
        Set.copyOf(
            List.of(
                gone,
                "zygote",
                before + " " + gone,
                gone + " " + after,
                before + " zygote",
                "zygote " + after));
    assertThat(updated.export().recordsRead()).isEqualTo(moved.size());
  }

  @Test
  void respellingOneWordReadsOnlyTheRecordOfItsFoldedSyllable() throws IOException {
    String[] words = words(BEFORE.get(150));
    int at = 30;
    while (VietnameseText.fold(words[at]).equals(VietnameseText.exact(words[at]))) {
      at++;
    }
    List<NewsItem> respelled = withWord(at, VietnameseText::fold);

    Updated updated = fromBefore(respelled);

    assertSameAsClean(updated, respelled);
    assertThat(updated.export().recordsRead()).isEqualTo(1);
  }

  @Test
  void anEditThatMovesTheLengthNormReadsOnlyTheTermsWhoseCountsMoved() throws IOException {
    List<NewsItem> after = new ArrayList<>(BEFORE);
    NewsItem old = after.get(150);
    after.set(
        150,
        TestItems.edited(
            old,
            old.title(),
            old.bodyHtml()
                .replace(
                    "</p>",
                    " " + String.join(" ", java.util.Collections.nCopies(40, "zygote")) + "</p>")));
    int lengthBefore = ItemTerms.of(old, TestItems.FORMAT, "").bodyFold().length();
    int lengthAfter = ItemTerms.of(after.get(150), TestItems.FORMAT, "").bodyFold().length();

    Updated updated = fromBefore(after);

    assertThat(DocTable.normLength(lengthAfter)).isNotEqualTo(DocTable.normLength(lengthBefore));
    assertSameAsClean(updated, after);
    // Records hold counts, which the item's other terms kept; its new length is in the norms file
    // alone.
    assertThat(updated.export().recordsRead()).isEqualTo(2); // "zygote" and "zygote zygote"
    assertThat(count(updated.rewritten(), "search/n/")).isEqualTo(1);
  }

  @Test
  void anItemThatMovesTheAveragesReadsOnlyItsOwnTerms() throws IOException {
    List<NewsItem> after = new ArrayList<>(BEFORE);
    NewsItem added =
        TestItems.item(
            "dai",
            TestItems.NEWS,
            400,
            "Bài dài",
            String.join(" ", java.util.Collections.nCopies(3000, "zygote")));
    after.add(0, added);

    Updated updated = fromBefore(after);

    assertThat(table(after).sameAverages(table(BEFORE))).isFalse();
    assertSameAsClean(updated, after);
    assertThat(updated.export().full()).isFalse();
    ItemTerms terms = ItemTerms.of(added, TestItems.FORMAT, "");
    Set<String> unigrams = new TreeSet<>(List.of(terms.titleFold().terms()));
    unigrams.addAll(List.of(terms.bodyFold().terms()));
    assertThat(updated.export().recordsRead())
        .isEqualTo(unigrams.size() + terms.bigrams().terms().length);
  }

  private static DocTable table(List<NewsItem> items) {
    java.util.Map<String, DocTable.Lengths> lengths = new java.util.HashMap<>();
    for (NewsItem item : items) {
      ItemTerms terms = ItemTerms.of(item, TestItems.FORMAT, "");
      lengths.put(
          item.path(),
          new DocTable.Lengths(
              terms.titleFold().length(), terms.bodyFold().length(), terms.bigrams().length()));
    }
    return new DocTable(
        items.stream().map(NewsItem::path).toList(), java.util.Map.of(), lengths, null);
  }

  @Test
  void aCutRecordTakesInAnItemThatGotShorter() throws IOException {
    // Past 4,000 items every syllable of this corpus is in more than 1,000 of them: its postings
    // are cut.
    List<NewsItem> before = TestItems.corpus(4001, 7);
    List<NewsItem> after = new ArrayList<>(before);
    NewsItem old = after.get(2000);
    after.set(
        2000,
        TestItems.edited(
            old,
            old.title(),
            "<p>" + String.join(" ", List.of(words(old)).subList(0, 12)) + "</p>"));

    try (SearchState state = SearchState.inMemory()) {
      SortedMap<String, byte[]> live = update(state, new TreeMap<>(), before).site();
      Updated updated = update(state, live, after);

      assertThat(updated.export().full()).isFalse();
      assertSameAsClean(updated, after);
    }
  }

  @Test
  void aCutRecordIsNotReadAgainWhenTheLongerItemStaysOnItsSideOfTheCut() throws IOException {
    // Past 4,000 items every syllable is cut. The edited item repeats its last word eight times:
    // the counts of that word and of its pair with itself change, the body's length norm moves.
    List<NewsItem> before = TestItems.corpus(4001, 7);
    List<NewsItem> after = new ArrayList<>(before);
    NewsItem old = after.get(2000);
    String[] words = words(old);
    String last = words[words.length - 1];
    after.set(
        2000,
        TestItems.edited(
            old, old.title(), "<p>" + String.join(" ", words) + (" " + last).repeat(8) + "</p>"));

    try (SearchState state = SearchState.inMemory()) {
      SortedMap<String, byte[]> live = update(state, new TreeMap<>(), before).site();
      Updated updated = update(state, live, after);

      assertThat(updated.export().full()).isFalse();
      assertSameAsClean(updated, after);
      DocTable now = table(after);
      assertThat(now.sameLengths(now.slotOf.get(old.path()), table(before))).isFalse();
      // Only the repeated word's record: its count moved. Its pair with itself is in no other item
      // and is not exported (rare pairs are left out past 1,000 items); every cut record it holds
      // keeps the same postings, the item staying on its side of each cut.
      assertThat(updated.export().recordsRead()).isEqualTo(1);
    }
  }

  @Test
  void cutRecordsAreCutAgainWhenTheAveragesMove() throws IOException {
    // Short items holding "xã" once and long ones holding it twice: which of them a cut record of
    // "xã"
    // keeps depends on the average length, which one very long item moves.
    List<NewsItem> before = new ArrayList<>();
    for (int i = 4000; i >= 0; i--) {
      String body =
          i % 2 == 0
              ? "xã " + String.join(" ", java.util.Collections.nCopies(9, "lúa"))
              : "xã xã " + String.join(" ", java.util.Collections.nCopies(98, "lúa"));
      before.add(TestItems.item("bai-" + i, TestItems.NEWS, i, "Bài " + i, body));
    }
    List<NewsItem> after = new ArrayList<>(before);
    after.add(
        0,
        TestItems.item(
            "dai",
            TestItems.NEWS,
            5000,
            "Bài dài",
            String.join(" ", java.util.Collections.nCopies(1_000_000, "zygote"))));

    try (SearchState state = SearchState.inMemory()) {
      SortedMap<String, byte[]> live = update(state, new TreeMap<>(), before).site();
      Updated updated = update(state, live, after);

      assertThat(table(after).sameAverages(table(before))).isFalse();
      assertThat(updated.export().full()).isFalse();
      assertSameAsClean(updated, after);
    }
  }

  @Test
  void editingATitleRewritesItsMetadataChunk() throws IOException {
    List<NewsItem> after = new ArrayList<>(BEFORE);
    NewsItem old = after.get(40);
    after.set(40, TestItems.edited(old, "Hàm Cần đón nhận danh hiệu", old.bodyHtml()));

    Updated updated = fromBefore(after);

    assertSameAsClean(updated, after);
    assertThat(updated.rewritten())
        .isEqualTo(newIn(StaticExportTest.export(after), StaticExportTest.export(BEFORE)));
    assertThat(count(updated.rewritten(), "search/m/")).isEqualTo(1);
  }

  @Test
  void aNewNewestItemLeavesTheOtherItemsSlotsAlone() throws IOException {
    List<NewsItem> after = new ArrayList<>(TestItems.corpus(301, 7).subList(0, 1));
    after.addAll(BEFORE);

    Updated updated = fromBefore(after);

    assertSameAsClean(updated, after);
    assertThat(updated.rewritten())
        .isEqualTo(newIn(StaticExportTest.export(after), StaticExportTest.export(BEFORE)));
    assertThat(count(updated.rewritten(), "search/m/")).isBetween(1L, 2L);
    assertThat(count(updated.rewritten(), "search/o/")).isEqualTo(1);
    assertThat(count(updated.rewritten(), "search/c/")).isEqualTo(1);
  }

  @Test
  void anItemDatedBetweenOthersRewritesAsFewChunksAsANewestOne() throws IOException {
    NewsItem middle =
        TestItems.item(
            "giua-ky-ket-nghia",
            TestItems.NEWS,
            150,
            "Kết nghĩa giữa kỳ",
            "Hội nông dân xã Hàm Cần tổ chức kết nghĩa.");
    List<NewsItem> after = new ArrayList<>(BEFORE);
    after.add(
        after.indexOf(
            after.stream().filter(i -> i.date().isBefore(middle.date())).findFirst().orElseThrow()),
        middle);

    Updated updated = fromBefore(after);

    assertSameAsClean(updated, after);
    assertThat(updated.rewritten())
        .isEqualTo(newIn(StaticExportTest.export(after), StaticExportTest.export(BEFORE)));
    assertThat(count(updated.rewritten(), "search/m/")).isBetween(1L, 2L);
    assertThat(updated.export().analysed()).isEqualTo(1);
  }

  @Test
  void deletingAnItemRewritesOnlyWhatHeldIt() throws IOException {
    List<NewsItem> after = new ArrayList<>(BEFORE);
    after.remove(200);

    Updated updated = fromBefore(after);

    assertSameAsClean(updated, after);
    assertThat(updated.rewritten())
        .isEqualTo(newIn(StaticExportTest.export(after), StaticExportTest.export(BEFORE)));
    assertThat(updated.export().analysed()).isZero();
    assertThat(count(updated.rewritten(), "search/c/")).isEqualTo(1);
  }

  @Test
  void movingAnItemToAnotherCategoryRewritesBothCategoryFiles() throws IOException {
    List<NewsItem> after = new ArrayList<>(BEFORE);
    NewsItem old = after.get(10);
    var other = old.category().equals(TestItems.NEWS) ? TestItems.NOTICES : TestItems.NEWS;
    after.set(
        10,
        new NewsItem(
            old.sourcePath(),
            old.slug(),
            old.path(),
            old.title(),
            old.date(),
            other,
            old.tags(),
            old.summary(),
            old.image(),
            old.author(),
            old.source(),
            old.featured(),
            old.draft(),
            old.bodyHtml(),
            old.internalLinks()));

    Updated updated = fromBefore(after);

    assertSameAsClean(updated, after);
    assertThat(updated.rewritten())
        .isEqualTo(newIn(StaticExportTest.export(after), StaticExportTest.export(BEFORE)));
    assertThat(count(updated.rewritten(), "search/c/")).isEqualTo(2);
    assertThat(count(updated.rewritten(), "search/m/")).isEqualTo(1);
  }

  @Test
  void renamingAnItemIsARemovalAndAnAddition() throws IOException {
    List<NewsItem> after = new ArrayList<>(BEFORE);
    NewsItem old = after.get(77);
    after.set(
        77,
        new NewsItem(
            old.sourcePath(),
            "ten-moi",
            old.category().slug() + "/ten-moi/",
            old.title(),
            old.date(),
            old.category(),
            old.tags(),
            old.summary(),
            old.image(),
            old.author(),
            old.source(),
            old.featured(),
            old.draft(),
            old.bodyHtml(),
            old.internalLinks()));

    Updated updated = fromBefore(after);

    assertSameAsClean(updated, after);
    assertThat(updated.export().analysed()).isEqualTo(1);
  }

  @Test
  void nothingChangedKeepsEveryChunk() throws IOException {
    Updated updated = fromBefore(BEFORE);

    assertThat(updated.rewritten()).containsExactly("search/manifest.json");
    assertThat(updated.export().analysed()).isZero();
  }

  @Test
  void aBuildThatWasNotPublishedIsForgotten() throws IOException {
    List<NewsItem> after = new ArrayList<>(BEFORE);
    after.remove(3);
    try (SearchState state = SearchState.inMemory()) {
      SortedMap<String, byte[]> live = update(state, new TreeMap<>(), BEFORE).site();
      state.update(after, StaticExportTest.CATEGORIES, TestItems.FORMAT, live::containsKey);
      // not published: the live export is still BEFORE's
      Updated again = update(state, live, BEFORE);

      assertThat(again.rewritten()).containsExactly("search/manifest.json");
    }
  }

  @Test
  void aOneShotBuildReadsTheStateBackFromTheIndexAndTheLiveSite() throws IOException {
    Path index = dir.resolve("index");
    Path site = dir.resolve("site");
    try (SearchState state = SearchState.open(index, site)) {
      write(site, update(state, new TreeMap<>(), BEFORE).site());
    }
    List<NewsItem> after = new ArrayList<>(BEFORE);
    NewsItem old = after.get(5);
    after.set(5, TestItems.edited(old, old.title(), old.bodyHtml().replace("</p>", " zygote</p>")));

    try (SearchState state = SearchState.open(index, site)) {
      Updated updated = update(state, StaticExportTest.export(BEFORE), after);

      assertSameAsClean(updated, after);
      assertThat(updated.export().analysed()).isEqualTo(1);
      assertThat(updated.export().full()).isFalse();
    }
  }

  @Test
  void aSyllableTheEditLeavesInTheTitleOnlyHasItsRecordReadAgain() throws IOException {
    Path index = dir.resolve("index");
    Path site = dir.resolve("site");
    List<NewsItem> before = new ArrayList<>();
    for (int i = 5; i >= 0; i--) {
      before.add(
          TestItems.item(
              "bai-" + i,
              i % 2 == 0 ? TestItems.NEWS : TestItems.NOTICES,
              i,
              "Bài " + i,
              "Nội dung bài " + i + "."));
    }
    try (SearchState state = SearchState.open(index, site)) {
      write(site, update(state, new TreeMap<>(), before).site());
    }
    // "0" goes from the body (and its lead) but stays in the title "Bài 0".
    List<NewsItem> after = new ArrayList<>(before);
    after.set(5, TestItems.item("bai-0", TestItems.NEWS, 0, "Bài 0", "Nội dung bài 0x"));

    try (SearchState state = SearchState.open(index, site)) {
      SortedMap<String, byte[]> live = new TreeMap<>();
      try (var files = Files.walk(site)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          live.put(site.relativize(f).toString(), Files.readAllBytes(f));
        }
      }
      Updated updated = update(state, live, after);

      assertSameAsClean(updated, after);
    }
  }

  @Test
  void anAlteredLiveChunkMakesTheExportFull() throws IOException {
    Path index = dir.resolve("index");
    Path site = dir.resolve("site");
    SortedMap<String, byte[]> live;
    try (SearchState state = SearchState.open(index, site)) {
      live = update(state, new TreeMap<>(), BEFORE).site();
      write(site, live);
    }
    String unigram =
        live.keySet().stream().filter(p -> p.startsWith("search/u/")).findFirst().orElseThrow();
    Files.write(
        site.resolve(unigram),
        ExportFiles.gzip("altered".getBytes(java.nio.charset.StandardCharsets.UTF_8)));

    try (SearchState state = SearchState.open(index, site)) {
      Updated updated = update(state, live, BEFORE);

      assertThat(updated.export().full()).isTrue();
      assertSameAsClean(updated, BEFORE);
    }
  }

  private static void write(Path site, SortedMap<String, byte[]> files) throws IOException {
    for (var e : files.entrySet()) {
      Path target = site.resolve(e.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, e.getValue());
    }
  }
}
