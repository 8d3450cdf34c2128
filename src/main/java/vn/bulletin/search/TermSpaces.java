package vn.bulletin.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * Reads the two static term spaces out of the one-segment Lucene index: folded syllables (title and
 * body, with the exact spellings under each) and bigrams. Terms come in Java string order, which is
 * the order JavaScript compares strings in.
 */
final class TermSpaces {
  /** Unigram weights: title tf times 3 plus body tf, each below 1. */
  static final double UNIGRAM_SCALE = IndexFields.TITLE_WEIGHT + 1;
  static final double BIGRAM_SCALE = 1;
  /** From this many items on, bigrams found in one item only are left out of the export. */
  static final int PRUNE_FROM = 1000;
  private static final int MASK_BITS = 7;

  private final LeafReader leaf;
  private final PostingsBuilder builder;

  TermSpaces(LeafReader leaf) {
    this.leaf = leaf;
    this.builder = new PostingsBuilder(leaf.maxDoc());
  }

  void unigrams(Consumer<TermRecord> sink) throws IOException {
    FieldLengths title = FieldLengths.of(leaf, IndexFields.TITLE_FOLD);
    FieldLengths body = FieldLengths.of(leaf, IndexFields.BODY_FOLD);
    Map<String, List<String>> variants = variants();
    TermsEnum titleTerms = termsEnum(IndexFields.TITLE_FOLD);
    TermsEnum bodyTerms = termsEnum(IndexFields.BODY_FOLD);
    TermsEnum titleExact = termsEnum(IndexFields.TITLE_EXACT);
    TermsEnum bodyExact = termsEnum(IndexFields.BODY_EXACT);
    for (String term : sortedTerms(IndexFields.TITLE_FOLD, IndexFields.BODY_FOLD)) {
      weigh(titleTerms, term, title, IndexFields.TITLE_WEIGHT);
      weigh(bodyTerms, term, body, 1);
      List<String> forms = variants.getOrDefault(term, List.of());
      for (int i = 0; forms.size() > 1 && i < forms.size(); i++) {
        markVariant(titleExact, forms.get(i), Math.min(i, MASK_BITS));
        markVariant(bodyExact, forms.get(i), Math.min(i, MASK_BITS));
      }
      sink.accept(builder.build(term, forms.subList(0, Math.min(forms.size(), MASK_BITS)), UNIGRAM_SCALE));
    }
  }

  void bigrams(Consumer<TermRecord> sink) throws IOException {
    FieldLengths text = FieldLengths.of(leaf, IndexFields.TEXT_BIGRAMS);
    TermsEnum terms = termsEnum(IndexFields.TEXT_BIGRAMS);
    boolean prune = leaf.maxDoc() >= PRUNE_FROM;
    for (String term : sortedTerms(IndexFields.TEXT_BIGRAMS)) {
      if (prune && terms.seekExact(new BytesRef(term)) && terms.docFreq() < 2) {
        continue;
      }
      weigh(terms, term, text, 1);
      sink.accept(builder.build(term, List.of(), BIGRAM_SCALE));
    }
  }

  private void weigh(TermsEnum terms, String term, FieldLengths lengths, double weight) throws IOException {
    if (terms == null || !terms.seekExact(new BytesRef(term))) {
      return;
    }
    PostingsEnum postings = terms.postings(null, PostingsEnum.FREQS);
    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
      builder.add(doc, weight * lengths.tf(postings.freq(), doc));
    }
  }

  private void markVariant(TermsEnum terms, String form, int bit) throws IOException {
    if (terms == null || !terms.seekExact(new BytesRef(form))) {
      return;
    }
    PostingsEnum postings = terms.postings(null, PostingsEnum.NONE);
    for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
      builder.mark(doc, bit);
    }
  }

  // Folded term → its exact spellings, most frequent first (ties in string order).
  private Map<String, List<String>> variants() throws IOException {
    Map<String, Long> frequency = new HashMap<>();
    for (String field : List.of(IndexFields.TITLE_EXACT, IndexFields.BODY_EXACT)) {
      TermsEnum terms = termsEnum(field);
      for (BytesRef t = terms == null ? null : terms.next(); t != null; t = terms.next()) {
        frequency.merge(t.utf8ToString(), terms.totalTermFreq(), Long::sum);
      }
    }
    Map<String, List<String>> byFold = new HashMap<>();
    frequency.keySet().forEach(form -> byFold.computeIfAbsent(VietnameseText.fold(form), f -> new ArrayList<>()).add(form));
    Comparator<String> order = Comparator.comparing((String f) -> -frequency.get(f)).thenComparing(Comparator.naturalOrder());
    byFold.values().forEach(list -> list.sort(order));
    return byFold;
  }

  private TreeSet<String> sortedTerms(String... fields) throws IOException {
    TreeSet<String> all = new TreeSet<>();
    for (String field : fields) {
      TermsEnum terms = termsEnum(field);
      for (BytesRef t = terms == null ? null : terms.next(); t != null; t = terms.next()) {
        all.add(t.utf8ToString());
      }
    }
    return all;
  }

  private TermsEnum termsEnum(String field) throws IOException {
    Terms terms = leaf.terms(field);
    return terms == null ? null : terms.iterator();
  }
}
