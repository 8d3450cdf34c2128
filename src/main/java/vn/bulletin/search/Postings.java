package vn.bulletin.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntFunction;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;
import vn.bulletin.json.Json;

/**
 * The term records of the static export, read from the live documents of the Lucene index, whatever
 * its segments and deletions: a record is a function of the live items holding the term and of the
 * {@link DocTable}, so a term read after an incremental update gives what a clean build gives.
 */
final class Postings {
  /** From this many items on, bigrams found in one item only are left out of the export. */
  static final int PRUNE_FROM = 1000;

  private final DocTable table;
  private final List<Leaf> leaves;
  private final PostingsBuilder builder;
  private final Map<String, String> folds;
  // BM25 length norms with the table's rounded averages: they rank an item's postings only to cut a
  // very common syllable's record, and so change only when those averages do.
  private final double[] titleNorms;
  private final double[] bodyNorms;
  private final double[] bigramNorms;

  /** A segment with the slot of each of its documents, -1 for a deleted one. */
  private record Leaf(LeafReader reader, int[] slots, Map<String, TermsEnum> terms) {}

  /**
   * @param folds a cache of folded forms, kept by whoever keeps this index between builds
   */
  Postings(IndexReader reader, DocTable table, Map<String, String> folds) throws IOException {
    this.table = table;
    this.builder = new PostingsBuilder(table.slots, table.order);
    this.folds = folds;
    this.titleNorms = DocTable.norms(table.titleLength, table.titleAverage);
    this.bodyNorms = DocTable.norms(table.bodyLength, table.bodyAverage);
    this.bigramNorms = DocTable.norms(table.bigramLength, table.bigramAverage);
    this.leaves = new ArrayList<>();
    for (LeafReaderContext context : reader.leaves()) {
      leaves.add(new Leaf(context.reader(), slots(context.reader()), new HashMap<>()));
    }
  }

  private Postings(Postings shared) {
    this.table = shared.table;
    this.builder = new PostingsBuilder(table.slots, table.order);
    this.folds = shared.folds;
    this.titleNorms = shared.titleNorms;
    this.bodyNorms = shared.bodyNorms;
    this.bigramNorms = shared.bigramNorms;
    this.leaves =
        shared.leaves.stream().map(l -> new Leaf(l.reader(), l.slots(), new HashMap<>())).toList();
  }

  /**
   * A reader of records over the same index for another thread: its own scratch space and term
   * cursors.
   */
  Postings fork() {
    return new Postings(this);
  }

  private int[] slots(LeafReader leaf) throws IOException {
    int[] slots = new int[leaf.maxDoc()];
    SortedDocValues paths = DocValues.getSorted(leaf, IndexFields.PATH);
    int[] byOrd = new int[paths.getValueCount()];
    for (int ord = 0; ord < byOrd.length; ord++) {
      byOrd[ord] = table.slotOf.getOrDefault(paths.lookupOrd(ord).utf8ToString(), -1);
    }
    var live = leaf.getLiveDocs();
    for (int doc = 0; doc < slots.length; doc++) {
      slots[doc] =
          (live == null || live.get(doc)) && paths.advanceExact(doc) ? byOrd[paths.ordValue()] : -1;
    }
    return slots;
  }

  // Each leaf's slots inverted once, for a whole export's rows.
  IntFunction<String> storedRows() {
    int[] leafOf = new int[table.slots];
    int[] docOf = new int[table.slots];
    java.util.Arrays.fill(leafOf, -1);
    for (int l = 0; l < leaves.size(); l++) {
      int[] slots = leaves.get(l).slots();
      for (int doc = 0; doc < slots.length; doc++) {
        if (slots[doc] >= 0) {
          leafOf[slots[doc]] = l;
          docOf[slots[doc]] = doc;
        }
      }
    }
    return slot -> {
      if (leafOf[slot] < 0) {
        throw new IllegalStateException("no search document in slot " + slot);
      }
      return row(leaves.get(leafOf[slot]), docOf[slot]);
    };
  }

  private static String row(Leaf leaf, int doc) {
    try {
      Document d = leaf.reader().storedFields().document(doc);
      return "["
          + String.join(
              ",",
              Json.quote(d.get(IndexFields.PATH)),
              Json.quote(d.get(IndexFields.TITLE)),
              Json.quote(d.get(IndexFields.DATE_LINE)),
              Json.quote(d.get(IndexFields.DATE)),
              Json.quote(d.get(IndexFields.CATEGORY)),
              Json.quote(Snippet.of(d.get(IndexFields.SUMMARY))))
          + "]";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** All folded unigrams of the live items, in string order. */
  TreeSet<String> allUnigrams() throws IOException {
    return allTerms(IndexFields.TITLE_FOLD, IndexFields.BODY_FOLD);
  }

  TreeSet<String> allBigrams() throws IOException {
    return allTerms(IndexFields.TEXT_BIGRAMS);
  }

  private TreeSet<String> allTerms(String... fields) throws IOException {
    TreeSet<String> all = new TreeSet<>();
    for (Leaf leaf : leaves) {
      for (String field : fields) {
        Terms terms = leaf.reader().terms(field);
        TermsEnum e = terms == null ? null : terms.iterator();
        for (BytesRef t = e == null ? null : e.next(); t != null; t = e.next()) {
          all.add(t.utf8ToString());
        }
      }
    }
    return all;
  }

  /** The record of a folded syllable, or null when no live item holds it. */
  TermRecord unigram(String term, List<String> variants) throws IOException {
    count(IndexFields.TITLE_FOLD, term, titleNorms, IndexFields.TITLE_WEIGHT, true);
    count(IndexFields.BODY_FOLD, term, bodyNorms, 1, false);
    for (int i = 0; variants.size() > 1 && i < variants.size(); i++) {
      spell(IndexFields.TITLE_EXACT, variants.get(i), i, true);
      spell(IndexFields.BODY_EXACT, variants.get(i), i, false);
    }
    TermRecord record = builder.build(term, variants, true);
    return record.df() == 0 ? null : record;
  }

  /** The record of a bigram, or null when no live item holds it or it is pruned. */
  TermRecord bigram(String term) throws IOException {
    count(IndexFields.TEXT_BIGRAMS, term, bigramNorms, 1, false);
    TermRecord record = builder.build(term, List.of(), false);
    return record.df() == 0 || table.prunes() && record.df() < 2 ? null : record;
  }

  /**
   * The weight a cut record ranks an item's posting by, summed as {@link #unigram} sums it (the
   * title's part, then the body's) with this table's norms.
   */
  double cutWeight(int slot, int titleFreq, int freq, boolean unigram) {
    if (!unigram) {
      return 1.0 * (freq / (freq + bigramNorms[slot]));
    }
    double weight = 0;
    if (titleFreq > 0) {
      weight += IndexFields.TITLE_WEIGHT * (titleFreq / (titleFreq + titleNorms[slot]));
    }
    if (freq > 0) {
      weight += 1.0 * (freq / (freq + bodyNorms[slot]));
    }
    return weight;
  }

  private void count(String field, String term, double[] norms, double weight, boolean title)
      throws IOException {
    BytesRef bytes = new BytesRef(term);
    for (Leaf leaf : leaves) {
      PostingsEnum postings = postings(leaf, field, bytes, PostingsEnum.FREQS);
      for (int doc = postings == null ? DocIdSetIterator.NO_MORE_DOCS : postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        int slot = leaf.slots()[doc];
        if (slot >= 0) {
          int freq = postings.freq();
          builder.add(slot, freq, weight * (freq / (freq + norms[slot])), title);
        }
      }
    }
  }

  private void spell(String field, String form, int index, boolean title) throws IOException {
    BytesRef bytes = new BytesRef(form);
    for (Leaf leaf : leaves) {
      PostingsEnum postings = postings(leaf, field, bytes, PostingsEnum.FREQS);
      for (int doc = postings == null ? DocIdSetIterator.NO_MORE_DOCS : postings.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = postings.nextDoc()) {
        if (leaf.slots()[doc] >= 0) {
          builder.spell(leaf.slots()[doc], index, title, postings.freq());
        }
      }
    }
  }

  private static PostingsEnum postings(Leaf leaf, String field, BytesRef term, int flags)
      throws IOException {
    TermsEnum e = leaf.terms().get(field);
    if (e == null) {
      Terms terms = leaf.reader().terms(field);
      if (terms == null) {
        return null;
      }
      e = terms.iterator();
      leaf.terms().put(field, e);
    }
    return e.seekExact(term) ? e.postings(null, flags) : null;
  }

  /**
   * The exact spellings under each folded syllable of {@code wanted} (all of them when null), most
   * frequent in the live items first, ties in string order.
   */
  Map<String, List<String>> variants(Set<String> wanted) throws IOException {
    Map<String, Long> frequency = new HashMap<>();
    for (Leaf leaf : leaves) {
      for (String field : List.of(IndexFields.TITLE_EXACT, IndexFields.BODY_EXACT)) {
        Terms terms = leaf.reader().terms(field);
        TermsEnum e = terms == null ? null : terms.iterator();
        for (BytesRef t = e == null ? null : e.next(); t != null; t = e.next()) {
          String form = t.utf8ToString();
          if (wanted == null || wanted.contains(fold(form))) {
            long f = liveFrequency(leaf, e);
            if (f > 0) {
              frequency.merge(form, f, Long::sum);
            }
          }
        }
      }
    }
    Map<String, List<String>> byFold = new HashMap<>();
    frequency
        .keySet()
        .forEach(form -> byFold.computeIfAbsent(fold(form), f -> new ArrayList<>()).add(form));
    Comparator<String> order =
        Comparator.comparing((String f) -> -frequency.get(f))
            .thenComparing(Comparator.naturalOrder());
    byFold.values().forEach(list -> list.sort(order));
    return byFold;
  }

  private String fold(String form) {
    String known = folds.get(form);
    if (known == null) {
      known = VietnameseText.fold(form);
      folds.put(form, known);
    }
    return known;
  }

  private static long liveFrequency(Leaf leaf, TermsEnum e) throws IOException {
    if (leaf.reader().getLiveDocs() == null) {
      return e.totalTermFreq();
    }
    long sum = 0;
    PostingsEnum postings = e.postings(null, PostingsEnum.FREQS);
    for (int doc = postings.nextDoc();
        doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = postings.nextDoc()) {
      if (leaf.slots()[doc] >= 0) {
        sum += postings.freq();
      }
    }
    return sum;
  }
}
