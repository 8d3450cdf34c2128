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

/** What the index holds of each live item, read from its doc values: enough to tell what changed. */
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
        if (!paths.advanceExact(doc) || !versions.advanceExact(doc) || !dates.advanceExact(doc)
            || !titles.advanceExact(doc) || !bodies.advanceExact(doc) || !bigrams.advanceExact(doc)) {
          throw new IOException("a search document lacks its doc values");
        }
        docs.put(byOrd[paths.ordValue()], new Doc(versions.binaryValue().utf8ToString(),
            dates.longValue(), new DocTable.Lengths((int) titles.longValue(), (int) bodies.longValue(),
                (int) bigrams.longValue())));
      }
    }
    return docs;
  }

  /** The table of the build that made these documents (its categories are not needed to compare). */
  static DocTable table(Map<String, Doc> docs) {
    List<String> newestFirst = new ArrayList<>(docs.keySet());
    newestFirst.sort(Comparator.comparingLong((String p) -> -docs.get(p).epochMillis())
        .thenComparing(Comparator.naturalOrder()));
    Map<String, DocTable.Lengths> lengths = new HashMap<>();
    docs.forEach((path, doc) -> lengths.put(path, doc.lengths()));
    return new DocTable(newestFirst, Map.of(), lengths, null);
  }

  /** How often the live document of {@code path} holds {@code term} in {@code field}; 0 when it does not. */
  static int freq(IndexReader reader, String path, String field, String term) throws IOException {
    BytesRef pathBytes = new BytesRef(path);
    BytesRef termBytes = new BytesRef(term);
    for (LeafReaderContext context : reader.leaves()) {
      var leaf = context.reader();
      PostingsEnum docs = leaf.postings(new Term(IndexFields.PATH, pathBytes), PostingsEnum.NONE);
      Bits live = leaf.getLiveDocs();
      if (docs == null) {
        continue;
      }
      for (int doc = docs.nextDoc(); doc != PostingsEnum.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (live == null || live.get(doc)) {
          Terms terms = leaf.terms(field);
          TermsEnum e = terms == null ? null : terms.iterator();
          if (e == null || !e.seekExact(termBytes)) {
            return 0;
          }
          PostingsEnum postings = e.postings(null, PostingsEnum.FREQS);
          return postings.advance(doc) == doc ? postings.freq() : 0;
        }
      }
    }
    return 0;
  }
}
