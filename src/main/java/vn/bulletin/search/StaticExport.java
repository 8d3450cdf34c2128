package vn.bulletin.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SortedMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import vn.bulletin.model.Category;

/**
 * Writes {@code site/search/}: {@code manifest.json} (small, the only file whose name never changes)
 * and content-named chunks: {@code u/} folded syllables, {@code b/} bigrams, {@code t/} postings of
 * large terms, {@code m/} result metadata, {@code c/} doc ids per category. The format is read by
 * {@code assets/search-index.js}.
 */
final class StaticExport {
  static final int FORMAT = 1;

  private final DirectoryReader reader;
  private final List<Category> categories;

  StaticExport(DirectoryReader reader, List<Category> categories) {
    this.reader = reader;
    this.categories = categories;
  }

  SortedMap<String, byte[]> files() throws IOException {
    ExportFiles files = new ExportFiles();
    if (reader.leaves().size() > 1) {
      throw new IllegalStateException("the search index must be merged into one segment before export");
    }
    if (reader.leaves().isEmpty()) {
      files.add("manifest.json", manifest(0, empty(), empty(), List.of(), List.of()));
      return files.all();
    }
    LeafReader leaf = reader.leaves().get(0).reader();
    TermSpaces spaces = new TermSpaces(leaf);
    SpaceWriter unigrams = new SpaceWriter(files, "u");
    spaces.unigrams(unigrams::add);
    SpaceWriter bigrams = new SpaceWriter(files, "b");
    spaces.bigrams(bigrams::add);
    DocumentTable table = new DocumentTable(leaf, categories);
    files.add("manifest.json", manifest(leaf.maxDoc(), unigrams.finish(), bigrams.finish(), table.writeMeta(files),
        table.writeCategories(files)));
    return files.all();
  }

  private static SpaceWriter.Directory empty() {
    return new SpaceWriter.Directory(List.of(), List.of());
  }

  private static byte[] manifest(int docs, SpaceWriter.Directory unigrams, SpaceWriter.Directory bigrams,
      List<String> meta, List<DocumentTable.CategoryFile> categoryFiles) {
    StringBuilder json = new StringBuilder(4096);
    json.append("{\"format\":").append(FORMAT)
        .append(",\n\"docs\":").append(docs)
        .append(",\n\"soft\":").append(PostingsBuilder.SOFT_SHARE)
        .append(",\n\"group\":").append(DocumentTable.GROUP)
        .append(",\n\"nameLength\":").append(ExportFiles.NAME_LENGTH)
        .append(",\n\"unigram\":").append(space(TermSpaces.UNIGRAM_SCALE, unigrams))
        .append(",\n\"bigram\":").append(space(TermSpaces.BIGRAM_SCALE, bigrams))
        .append(",\n\"meta\":").append(Json.quote(String.join("", meta)))
        .append(",\n\"categories\":[");
    for (int i = 0; i < categoryFiles.size(); i++) {
      DocumentTable.CategoryFile c = categoryFiles.get(i);
      json.append(i == 0 ? "" : ",").append(Json.strings(List.of(c.slug(), c.name(), c.file())));
    }
    return json.append("]}\n").toString().getBytes(StandardCharsets.UTF_8);
  }

  // Names are concatenated: fixed-length hashes need no separators, which keeps the manifest small.
  private static String space(double scale, SpaceWriter.Directory dir) {
    return "{\"scale\":" + scale + ",\"keys\":" + Json.strings(dir.keys()) + ",\"files\":"
        + Json.quote(String.join("", dir.names())) + "}";
  }
}
