package vn.bulletin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import vn.bulletin.model.Category;
import vn.bulletin.model.NewsItem;

class StaticExportTest {
  static final List<Category> CATEGORIES = List.of(TestItems.NEWS, TestItems.NOTICES);

  private static SortedMap<String, byte[]> export(List<NewsItem> items) {
    try (SearchIndex index = SearchIndex.build(items, TestItems.FORMAT)) {
      return index.export(CATEGORIES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // Paths whose bytes are new or different in `after`.
  private static Set<String> changed(Map<String, byte[]> before, Map<String, byte[]> after) {
    Set<String> out = new TreeSet<>();
    after.forEach((path, bytes) -> {
      if (!before.containsKey(path) || !Arrays.equals(before.get(path), bytes)) {
        out.add(path);
      }
    });
    return out;
  }

  @Test
  void exportIsByteForByteRepeatable() {
    List<NewsItem> items = TestItems.corpus(300, 7);

    assertThat(changed(export(items), export(items))).isEmpty();
  }

  @Test
  void chunksAreSmallGzipFilesNamedByTheirContent() throws IOException {
    SortedMap<String, byte[]> files = export(TestItems.corpus(300, 7));

    assertThat(files.keySet()).anyMatch(p -> p.startsWith("search/u/")).anyMatch(p -> p.startsWith("search/b/"))
        .anyMatch(p -> p.startsWith("search/m/")).anyMatch(p -> p.startsWith("search/c/")).contains("search/manifest.json");
    for (var e : files.entrySet()) {
      if (!e.getKey().endsWith("manifest.json")) {
        assertThat(e.getKey()).matches("search/[ubtmc]/[0-9a-f]{10}\\.bin");
        assertThat(gunzip(e.getValue()).length).as(e.getKey()).isLessThanOrEqualTo(SpaceWriter.MAX_CHUNK + SpaceWriter.OWN_FILE);
      }
    }
  }

  @Test
  void editingOneWordOfOneItemRewritesAFewChunks() {
    List<NewsItem> items = TestItems.corpus(300, 7);
    NewsItem old = items.get(150);
    List<NewsItem> edited = new ArrayList<>(items);
    edited.set(150, new NewsItem(old.sourcePath(), old.slug(), old.path(), old.title(), old.date(), old.category(),
        old.tags(), old.summary(), old.image(), "", "", false, false, old.bodyHtml().replace("</p>", " zygote</p>"),
        List.of()));

    SortedMap<String, byte[]> before = export(items);
    Set<String> rewritten = changed(before, export(edited));

    assertThat(before).hasSizeGreaterThan(40);
    // The unigram chunk of "zygote", the bigram chunk of its pair with the last word, and the manifest.
    assertThat(rewritten).hasSizeLessThanOrEqualTo(3).contains("search/manifest.json");
  }

  @Test
  void aNewItemLeavesEveryMetadataChunkButTheLastAlone() {
    List<NewsItem> items = TestItems.corpus(300, 7);
    List<NewsItem> more = new ArrayList<>(TestItems.corpus(301, 7).subList(0, 1));
    more.addAll(items);

    Set<String> rewritten = changed(export(items), export(more));

    assertThat(rewritten.stream().filter(p -> p.startsWith("search/m/"))).hasSize(1);
  }

  @Test
  void manifestNamesTheCategoriesAndTheCollection() {
    String manifest = new String(export(TestItems.corpus(30, 7)).get("search/manifest.json"), StandardCharsets.UTF_8);

    assertThat(manifest).contains("\"docs\":30").contains("[\"tin-tuc-su-kien\",\"Tin tức - Sự kiện\",")
        .contains("[\"thong-bao\",\"Thông báo\",");
  }

  @Test
  void anEmptySiteHasAManifestAndNoChunks() {
    assertThat(export(List.of())).containsOnlyKeys("search/manifest.json");
  }

  @Test
  void separatorIsTheShortestPrefixAfterThePreviousChunk() {
    assertThat(SpaceWriter.separator("hoa", "hoan")).isEqualTo("hoan");
    assertThat(SpaceWriter.separator("ham", "hoa")).isEqualTo("ho");
    assertThat(SpaceWriter.separator("a", "b\uD83D\uDE00")).isEqualTo("b");
    assertThat(SpaceWriter.separator("b", "b\uD83D\uDE00x")).isEqualTo("b\uD83D\uDE00");
  }

  private static byte[] gunzip(byte[] gz) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    }
  }
}
