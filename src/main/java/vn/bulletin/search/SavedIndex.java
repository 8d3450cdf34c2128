package vn.bulletin.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * What the index holds of each live item, read from its doc values: enough to tell what changed.
 */
final class SavedIndex {
  /** One indexed item: its version, date and lengths. */
  record Doc(String version, long epochMillis, DocTable.Lengths lengths) {}

  private SavedIndex() {}

  static Map<String, Doc> read(IndexReader reader) throws IOException {
    Map<String, Doc> docs = new HashMap<>(reader.numDocs() * 2);
    for (LeafReaderContext context : reader.leaves()) {
      var leaf = context.reader();
      SortedDocValues paths = DocValues.getSorted(leaf, IndexFields.PATH);
      BinaryDocValues versions = DocValues.getBinary(leaf, IndexFields.VERSION);
      NumericDocValues dates = DocValues.getNumeric(leaf, IndexFields.DATE_KEY);
      NumericDocValues titles = DocValues.getNumeric(leaf, IndexFields.TITLE_LENGTH);
      NumericDocValues bodies = DocValues.getNumeric(leaf, IndexFields.BODY_LENGTH);
      NumericDocValues bigrams = DocValues.getNumeric(leaf, IndexFields.BIGRAM_LENGTH);
      String[] byOrd = new String[paths.getValueCount()];
      TermsEnum ords = paths.termsEnum();
      for (int ord = 0; ord < byOrd.length; ord++) {
        byOrd[ord] = ords.next().utf8ToString();
      }
      Bits live = leaf.getLiveDocs();
      for (int doc = 0; doc < leaf.maxDoc(); doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        if (!paths.advanceExact(doc)
            || !versions.advanceExact(doc)
            || !dates.advanceExact(doc)
            || !titles.advanceExact(doc)
            || !bodies.advanceExact(doc)
            || !bigrams.advanceExact(doc)) {
          throw new IOException("a search document lacks its doc values");
        }
        docs.put(
            byOrd[paths.ordValue()],
            new Doc(
                versions.binaryValue().utf8ToString(),
                dates.longValue(),
                new DocTable.Lengths(
                    (int) titles.longValue(),
                    (int) bodies.longValue(),
                    (int) bigrams.longValue())));
      }
    }
    return docs;
  }

  /**
   * The table of the build that made these documents (its categories are not needed to compare).
   */
  static DocTable table(Map<String, Doc> docs) {
    List<String> newestFirst = new ArrayList<>(docs.keySet());
    newestFirst.sort(
        Comparator.comparingLong((String p) -> -docs.get(p).epochMillis())
            .thenComparing(Comparator.naturalOrder()));
    Map<String, DocTable.Lengths> lengths = new HashMap<>();
    docs.forEach((path, doc) -> lengths.put(path, doc.lengths()));
    return new DocTable(newestFirst, Map.of(), lengths, null);
  }

  /**
   * The live document of {@code path} as the index holds it, to ask how often it holds terms: found
   * once, its fields' term cursors kept from one question to the next.
   */
  static StaticExport.OldDoc doc(IndexReader reader, String path) throws IOException {
    BytesRef pathBytes = new BytesRef(path);
    for (LeafReaderContext context : reader.leaves()) {
      var leaf = context.reader();
      PostingsEnum docs = leaf.postings(new Term(IndexFields.PATH, pathBytes), PostingsEnum.NONE);
      Bits live = leaf.getLiveDocs();
      for (int doc = docs == null ? PostingsEnum.NO_MORE_DOCS : docs.nextDoc();
          doc != PostingsEnum.NO_MORE_DOCS;
          doc = docs.nextDoc()) {
        if (live == null || live.get(doc)) {
          return new LiveDoc(leaf, doc);
        }
      }
    }
    return (field, term) -> 0;
  }

  private static final class LiveDoc implements StaticExport.OldDoc {
    private final org.apache.lucene.index.LeafReader leaf;
    private final int doc;
    private final Map<String, TermsEnum> cursors = new HashMap<>();
    private PostingsEnum postings;

    LiveDoc(org.apache.lucene.index.LeafReader leaf, int doc) {
      this.leaf = leaf;
      this.doc = doc;
    }

    @Override
    public int freq(String field, String term) throws IOException {
      TermsEnum e = cursors.get(field);
      if (e == null && !cursors.containsKey(field)) {
        Terms terms = leaf.terms(field);
        e = terms == null ? null : terms.iterator();
        cursors.put(field, e);
      }
      if (e == null || !e.seekExact(new BytesRef(term))) {
        return 0;
      }
      postings = e.postings(postings, PostingsEnum.FREQS);
      return postings.advance(doc) == doc ? postings.freq() : 0;
    }
  }
}
