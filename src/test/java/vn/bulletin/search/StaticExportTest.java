package vn.bulletin.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import vn.bulletin.model.Category;
import vn.bulletin.model.NewsItem;

class StaticExportTest {
  static final List<Category> CATEGORIES = List.of(TestItems.NEWS, TestItems.NOTICES);

  static SortedMap<String, byte[]> export(List<NewsItem> items) throws IOException {
    try (SearchState state = SearchState.inMemory()) {
      SearchExport export = state.update(items, CATEGORIES, TestItems.FORMAT, path -> true);
      SortedMap<String, byte[]> files = new TreeMap<>();
      export.files().forEach(f -> files.put(f.path(), f.bytes()));
      return files;
    }
  }

  @Test
  void exportIsByteForByteRepeatable() throws IOException {
    List<NewsItem> items = TestItems.corpus(300, 7);

    SortedMap<String, byte[]> first = export(items);
    SortedMap<String, byte[]> second = export(items);

    assertThat(second.keySet()).isEqualTo(first.keySet());
    first.forEach((path, bytes) -> assertThat(second.get(path)).as(path).isEqualTo(bytes));
  }

  @Test
  void chunksAreSmallGzipFilesNamedByTheirContent() throws IOException {
    SortedMap<String, byte[]> files = export(TestItems.corpus(300, 7));

    assertThat(files.keySet())
        .anyMatch(p -> p.startsWith("search/u/"))
        .anyMatch(p -> p.startsWith("search/b/"))
        .anyMatch(p -> p.startsWith("search/m/"))
        .anyMatch(p -> p.startsWith("search/c/"))
        .anyMatch(p -> p.startsWith("search/o/"))
        .anyMatch(p -> p.startsWith("search/n/"))
        .contains("search/manifest.json");
    for (var e : files.entrySet()) {
      if (!e.getKey().endsWith("manifest.json")) {
        assertThat(e.getKey()).matches("search/[ubtmcon]/[0-9a-f]{10}\\.bin");
        assertThat(gunzip(e.getValue()).length)
            .as(e.getKey())
            .isLessThanOrEqualTo(SpaceWriter.MAX_CHUNK + RecordCodec.OWN_FILE);
      }
    }
  }

  @Test
  void manifestNamesTheCategoriesTheCollectionAndItsSlots() throws IOException {
    String manifest =
        new String(
            export(TestItems.corpus(30, 7)).get("search/manifest.json"), StandardCharsets.UTF_8);

    assertThat(manifest)
        .contains("\"docs\":30")
        .contains("\"slots\":64")
        .contains("\"group\":64")
        .contains("[\"tin-tuc-su-kien\",\"Tin tức - Sự kiện\",")
        .contains("[\"thong-bao\",\"Thông báo\",");
  }

  @Test
  void anEmptySiteHasAManifestAnOrderNormsAndOneEmptyMetadataChunk() throws IOException {
    assertThat(export(List.of()).keySet())
        .hasSize(4)
        .contains("search/manifest.json")
        .anyMatch(p -> p.startsWith("search/o/"))
        .anyMatch(p -> p.startsWith("search/n/"))
        .anyMatch(p -> p.startsWith("search/m/"));
  }

  @Test
  void separatorIsTheShortestPrefixAfterThePreviousChunk() {
    assertThat(SpaceWriter.separator("hoa", "hoan")).isEqualTo("hoan");
    assertThat(SpaceWriter.separator("ham", "hoa")).isEqualTo("ho");
    assertThat(SpaceWriter.separator("a", "b\uD83D\uDE00")).isEqualTo("b");
    assertThat(SpaceWriter.separator("b", "b\uD83D\uDE00x")).isEqualTo("b\uD83D\uDE00");
  }

  static byte[] gunzip(byte[] gz) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
      return in.readAllBytes();
    }
  }
}
