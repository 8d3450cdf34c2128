package vn.bulletin.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.StoredFields;
import vn.bulletin.model.Category;

/**
 * What the browser shows for a result, in chunks of {@link #GROUP} items by doc id (a new item changes
 * only the last chunk), and for each category the list of its doc ids, fetched only to filter.
 */
final class DocumentTable {
  static final int GROUP = 16;
  /** Leads longer than this are cut at a word: the snippet, not the article. */
  static final int SNIPPET_LENGTH = 240;

  /** A category as the manifest lists it, with the name of its doc-id file. */
  record CategoryFile(String slug, String name, String file) {}

  private final LeafReader leaf;
  private final List<Category> categories;

  DocumentTable(LeafReader leaf, List<Category> categories) {
    this.leaf = leaf;
    this.categories = categories;
  }

  /** Writes the chunks; returns their names in doc-id order. */
  List<String> writeMeta(ExportFiles files) throws IOException {
    StoredFields stored = leaf.storedFields();
    List<String> names = new ArrayList<>();
    for (int start = 0; start < leaf.maxDoc(); start += GROUP) {
      List<String> rows = new ArrayList<>();
      for (int doc = start; doc < Math.min(leaf.maxDoc(), start + GROUP); doc++) {
        rows.add(row(stored.document(doc)));
      }
      names.add(files.addChunk("m", ("[" + String.join(",\n", rows) + "]").getBytes(StandardCharsets.UTF_8)));
    }
    return names;
  }

  /** Writes a doc-id list per category that has items, in the site's category order. */
  List<CategoryFile> writeCategories(ExportFiles files) throws IOException {
    StoredFields stored = leaf.storedFields();
    Map<String, ByteSink> docs = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    categories.forEach(c -> names.put(c.slug(), c.name()));
    Map<String, Integer> last = new LinkedHashMap<>();
    for (int doc = 0; doc < leaf.maxDoc(); doc++) {
      Document d = stored.document(doc);
      String slug = d.get(IndexFields.CATEGORY);
      names.putIfAbsent(slug, d.get(IndexFields.CATEGORY_NAME));
      docs.computeIfAbsent(slug, s -> new ByteSink()).varint(doc - last.getOrDefault(slug, 0));
      last.put(slug, doc);
    }
    List<CategoryFile> out = new ArrayList<>();
    names.forEach((slug, name) -> {
      if (docs.containsKey(slug)) {
        out.add(new CategoryFile(slug, name, files.addChunk("c", docs.get(slug).toByteArray())));
      }
    });
    return out;
  }

  private static String row(Document d) {
    return "[" + String.join(",", Json.quote(d.get(IndexFields.PATH)), Json.quote(d.get(IndexFields.TITLE)),
        Json.quote(d.get(IndexFields.DATE_LINE)), Json.quote(d.get(IndexFields.DATE)),
        Json.quote(d.get(IndexFields.CATEGORY)), Json.quote(snippet(d.get(IndexFields.SUMMARY)))) + "]";
  }

  static String snippet(String lead) {
    if (lead.length() <= SNIPPET_LENGTH) {
      return lead;
    }
    int cut = lead.lastIndexOf(' ', SNIPPET_LENGTH);
    return lead.substring(0, cut > 0 ? cut : SNIPPET_LENGTH).stripTrailing() + "…";
  }
}
