package vn.bulletin.search;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.util.Bits;

/**
 * A searcher whose BM25 statistics count live documents only. Lucene's own still count a document
 * deleted by an update until a merge drops it, so an index updated item by item would score a
 * little differently from one built afresh; with these, both answer alike.
 */
final class LiveStatistics extends IndexSearcher {
  private static final Map<String, String> LENGTHS =
      Map.of(
          IndexFields.TITLE_FOLD,
          IndexFields.TITLE_LENGTH,
          IndexFields.TITLE_EXACT,
          IndexFields.TITLE_LENGTH,
          IndexFields.BODY_FOLD,
          IndexFields.BODY_LENGTH,
          IndexFields.BODY_EXACT,
          IndexFields.BODY_LENGTH,
          IndexFields.TEXT_BIGRAMS,
          IndexFields.BIGRAM_LENGTH);

  LiveStatistics(IndexReader reader) {
    super(reader);
  }

  @Override
  public CollectionStatistics collectionStatistics(String field) throws IOException {
    String lengthField = LENGTHS.get(field);
    if (!getIndexReader().hasDeletions() || lengthField == null) {
      return super.collectionStatistics(field);
    }
    long docs = 0;
    long sum = 0;
    for (LeafReaderContext leaf : getIndexReader().leaves()) {
      NumericDocValues lengths = DocValues.getNumeric(leaf.reader(), lengthField);
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = lengths.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = lengths.nextDoc()) {
        if ((live == null || live.get(doc)) && lengths.longValue() > 0) {
          docs++;
          sum += lengths.longValue();
        }
      }
    }
    return docs == 0
        ? null
        : new CollectionStatistics(field, getIndexReader().numDocs(), docs, sum, docs);
  }

  // A term found only in deleted documents keeps a minimal count: it matches nothing either way.
  @Override
  public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq)
      throws IOException {
    if (!getIndexReader().hasDeletions()) {
      return super.termStatistics(term, docFreq, totalTermFreq);
    }
    long df = 0;
    long total = 0;
    for (LeafReaderContext leaf : getIndexReader().leaves()) {
      PostingsEnum postings = leaf.reader().postings(term, PostingsEnum.FREQS);
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = postings == null ? DocIdSetIterator.NO_MORE_DOCS : postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        if (live == null || live.get(doc)) {
          df++;
          total += postings.freq();
        }
      }
    }
    return new TermStatistics(term.bytes(), Math.max(df, 1), Math.max(total, Math.max(df, 1)));
  }
}
