package vn.bulletin.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * The completions of a word being typed: the most frequent terms starting with it (Lucene's own
 * top-terms rewrite would prefer the alphabetically first: "lo", "loa", "loai" before "long"). A
 * longer completion weighs a little less, as search-index.js also does.
 */
final class Completions {
  static final int LIMIT = QueryPlan.PREFIX_EXPANSIONS;

  /** A completion and its weight in the query. */
  record Completion(String term, float weight) {}

  private Completions() {}

  static List<Completion> of(IndexReader reader, String prefix, String... fields)
      throws IOException {
    Map<String, Integer> df = new HashMap<>();
    BytesRef start = new BytesRef(prefix);
    for (String field : fields) {
      Terms terms = MultiTerms.getTerms(reader, field);
      TermsEnum e = terms == null ? null : terms.iterator();
      if (e == null || e.seekCeil(start) == TermsEnum.SeekStatus.END) {
        continue;
      }
      for (BytesRef t = e.term(); t != null && StringHelper.startsWith(t, start); t = e.next()) {
        df.merge(
            t.utf8ToString(),
            reader.hasDeletions() ? liveDocFreq(reader, field, t) : e.docFreq(),
            Math::max);
      }
    }
    df.values().removeIf(n -> n == 0);
    List<String> best = new ArrayList<>(df.keySet());
    best.sort(
        Comparator.comparing((String t) -> -df.get(t)).thenComparing(Comparator.naturalOrder()));
    return best.stream()
        .limit(LIMIT)
        .map(t -> new Completion(t, 1f / (1f + 0.25f * (t.length() - prefix.length()))))
        .toList();
  }

  // An index updated item by item still lists the terms of deleted documents until a merge.
  private static int liveDocFreq(IndexReader reader, String field, BytesRef term)
      throws IOException {
    int df = 0;
    Term t = new Term(field, BytesRef.deepCopyOf(term));
    for (var leaf : reader.leaves()) {
      var postings = leaf.reader().postings(t, org.apache.lucene.index.PostingsEnum.NONE);
      var live = leaf.reader().getLiveDocs();
      for (int doc =
              postings == null
                  ? org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS
                  : postings.nextDoc();
          doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        df += live == null || live.get(doc) ? 1 : 0;
      }
    }
    return df;
  }
}
