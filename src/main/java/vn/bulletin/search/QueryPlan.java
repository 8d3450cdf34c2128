package vn.bulletin.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns a query's syllables into a Lucene query, with the rules the browser's search-index.js also
 * follows: every syllable is required except very common ones (soft) and ones the index lacks; a
 * syllable typed with diacritics earns a bonus where that exact spelling occurs, one typed without
 * does not; adjacent syllables earn a bigram bonus; a syllable the index lacks is retried one edit
 * away.
 */
final class QueryPlan {
  static final float BIGRAM_BOOST = 1.5f;
  static final float EXACT_BOOST = 0.5f;

  /** How many completions the last word expands to while typing. */
  static final int PREFIX_EXPANSIONS = 8;

  /** Pairs beyond this many add cost (one chunk each in the browser) and little ranking. */
  static final int MAX_BIGRAMS = 12;

  /** Shorter syllables are not retried one edit away: "x" would find every "xã". */
  static final int TYPO_MIN_LENGTH = 3;

  /** More syllables than this are ignored: nobody types them, and each costs a clause. */
  static final int MAX_SYLLABLES = 32;

  private final List<Syllable> syllables;
  private final boolean prefix;
  private final List<Query> required = new ArrayList<>();
  private final List<Query> optional = new ArrayList<>();

  QueryPlan(String text, boolean prefix, IndexSearcher searcher) throws IOException {
    List<Syllable> all = Syllables.of(text);
    this.syllables = all.subList(0, Math.min(all.size(), MAX_SYLLABLES));
    this.prefix = prefix && !syllables.isEmpty();
    plan(searcher);
  }

  boolean isEmpty() {
    return required.isEmpty() && optional.isEmpty();
  }

  List<String> terms() {
    return syllables.stream().map(Syllable::fold).distinct().toList();
  }

  int requiredCount() {
    return required.size();
  }

  /** The query matching at least {@code minimum} of the required syllables. */
  Query query(int minimum, Query filter) {
    BooleanQuery.Builder core = new BooleanQuery.Builder().setMinimumNumberShouldMatch(minimum);
    required.forEach(q -> core.add(q, Occur.SHOULD));
    BooleanQuery.Builder top = new BooleanQuery.Builder();
    if (!required.isEmpty()) {
      top.add(core.build(), Occur.MUST);
    }
    optional.forEach(q -> top.add(q, Occur.SHOULD));
    if (filter != null) {
      top.add(filter, Occur.FILTER);
    }
    return top.build();
  }

  private void plan(IndexSearcher searcher) throws IOException {
    int docs = searcher.getIndexReader().numDocs();
    Map<String, Syllable> unique = new LinkedHashMap<>();
    syllables.forEach(s -> unique.putIfAbsent(s.fold(), s));
    String last = syllables.isEmpty() ? "" : syllables.get(syllables.size() - 1).fold();
    List<Query> soft = new ArrayList<>();
    for (Syllable s : unique.values()) {
      boolean isPrefix = prefix && s.fold().equals(last);
      Query clause =
          isPrefix
              ? completions(searcher, s.fold(), IndexFields.TITLE_FOLD, IndexFields.BODY_FOLD)
              : folded(f -> new TermQuery(new Term(f, s.fold())));
      int df = searcher.count(clause);
      if (df == 0 && !isPrefix && s.fold().length() >= TYPO_MIN_LENGTH) {
        clause = folded(f -> new FuzzyQuery(new Term(f, s.fold()), 1, 1, PREFIX_EXPANSIONS, true));
        df = searcher.count(clause);
      }
      if (df > docs * PostingsBuilder.SOFT_SHARE) {
        soft.add(clause);
      } else if (df > 0) {
        required.add(clause);
      }
      if (s.accented() && !isPrefix) {
        optional.add(
            new BoostQuery(
                fields(
                    IndexFields.TITLE_EXACT,
                    IndexFields.BODY_EXACT,
                    f -> new TermQuery(new Term(f, s.exact()))),
                EXACT_BOOST));
      }
    }
    List<Query> pairs = bigrams(searcher);
    // With only common syllables ("hội nông dân xã"), the pairs that are not common are required
    // instead; without such pairs, all the syllables are.
    if (required.isEmpty()) {
      for (Query pair : pairs) {
        int df = searcher.count(pair);
        (df > 0 && df <= docs * PostingsBuilder.SOFT_SHARE ? required : optional).add(pair);
      }
    } else {
      optional.addAll(pairs);
    }
    (required.isEmpty() ? required : optional).addAll(soft);
  }

  private List<Query> bigrams(IndexSearcher searcher) throws IOException {
    List<Query> pairs = new ArrayList<>();
    int counted = 0;
    for (int i = 1; i < syllables.size() && counted < MAX_BIGRAMS; i++) {
      if (syllables.get(i).afterBreak()) {
        continue;
      }
      counted++;
      String key = syllables.get(i - 1).fold() + " " + syllables.get(i).fold();
      Query q =
          prefix && i == syllables.size() - 1
              ? completions(searcher, key, IndexFields.TEXT_BIGRAMS)
              : new TermQuery(new Term(IndexFields.TEXT_BIGRAMS, key));
      // A pair being typed (prefix) is never required: it only ranks.
      (prefix && i == syllables.size() - 1 ? optional : pairs).add(new BoostQuery(q, BIGRAM_BOOST));
    }
    return pairs;
  }

  // Fold fields: each completion in title and body; the bigram field: each completion alone.
  private static Query completions(IndexSearcher searcher, String prefix, String... fields)
      throws IOException {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (Completions.Completion c : Completions.of(searcher.getIndexReader(), prefix, fields)) {
      Query term =
          fields.length == 2
              ? folded(f -> new TermQuery(new Term(f, c.term())))
              : new TermQuery(new Term(fields[0], c.term()));
      any.add(new BoostQuery(term, c.weight()), Occur.SHOULD);
    }
    return any.build();
  }

  private static Query folded(java.util.function.Function<String, Query> perField) {
    return fields(IndexFields.TITLE_FOLD, IndexFields.BODY_FOLD, perField);
  }

  // Title and body as one clause, the title weighing IndexFields.TITLE_WEIGHT times as much.
  private static Query fields(
      String title, String body, java.util.function.Function<String, Query> perField) {
    return new BooleanQuery.Builder()
        .add(new BoostQuery(perField.apply(title), IndexFields.TITLE_WEIGHT), Occur.SHOULD)
        .add(perField.apply(body), Occur.SHOULD)
        .build();
  }
}
