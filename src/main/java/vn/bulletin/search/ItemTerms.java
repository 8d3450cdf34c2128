package vn.bulletin.search;

import vn.bulletin.fingerprint.Fingerprint;
import vn.bulletin.json.Json;
import vn.bulletin.model.NewsItem;
import vn.bulletin.model.VietnameseFormat;

/**
 * A published item analysed once: what its Lucene document and its rows in the static export are
 * made from. The lead is indexed with the body: it is what a visitor reads first, so its words
 * count twice.
 *
 * @param version {@link #version} of the item: what a later build compares to know it changed
 * @param bigrams the pairs of adjacent folded syllables of the title and of the body, none across a
 *     sentence break or from the title into the body
 */
record ItemTerms(
    String path,
    String version,
    String title,
    String summary,
    String isoDate,
    String dateLine,
    long epochMillis,
    String category,
    String categoryName,
    TermCounts titleFold,
    TermCounts titleExact,
    TermCounts bodyFold,
    TermCounts bodyExact,
    TermCounts bigrams) {

  /**
   * @param version {@link #version} of the item, computed by the caller
   */
  static ItemTerms of(NewsItem item, VietnameseFormat format, String version) {
    TermCounts.Counter bigrams = new TermCounts.Counter();
    Field title = new Field(bigrams);
    Field body = new Field(bigrams);
    Syllables.scan(item.title(), title);
    Syllables.scan(item.summary() + "\n" + PlainText.of(item.bodyHtml()), body);
    return new ItemTerms(
        item.path(),
        version,
        item.title(),
        item.summary(),
        format.iso(item.date()),
        format.dateLine(item.date()),
        item.date().toInstant().toEpochMilli(),
        item.category().slug(),
        item.category().name(),
        title.fold.counts(),
        title.exact.counts(),
        body.fold.counts(),
        body.exact.counts(),
        bigrams.counts());
  }

  // One text's folded and exact syllables counted as they are scanned, and its pairs added to the
  // item's.
  private static final class Field implements Syllables.Visitor {
    final TermCounts.Counter fold = new TermCounts.Counter();
    final TermCounts.Counter exact = new TermCounts.Counter();
    final TermCounts.Counter bigrams;
    Syllables.View previous;

    Field(TermCounts.Counter bigrams) {
      this.bigrams = bigrams;
    }

    @Override
    public void syllable(Syllables.View view, int start, int end, boolean afterBreak) {
      fold.add(view.foldId(), view.fold());
      exact.add(view.exactId(), view.exact());
      if (previous != null && !afterBreak) {
        bigrams.addPair(previous.foldId(), previous.fold(), view.foldId(), view.fold());
      }
      previous = view;
    }
  }

  /**
   * Everything indexed or exported about the item, as one fingerprint; its place among the others
   * is not part of it. The ISO date (local time and offset in the site's zone) fixes the date line
   * too.
   */
  static String version(NewsItem item, VietnameseFormat format) {
    return new Fingerprint()
        .add(StaticExport.FORMAT)
        .add(item.path())
        .add(item.title())
        .add(item.summary())
        .add(format.iso(item.date()))
        .add(item.category().slug())
        .add(item.category().name())
        .add(item.body().digest())
        .hex();
  }

  /**
   * The row the browser shows for a result: path, title, date line, ISO date, category, snippet.
   */
  String row() {
    return "["
        + String.join(
            ",",
            Json.quote(path),
            Json.quote(title),
            Json.quote(dateLine),
            Json.quote(isoDate),
            Json.quote(category),
            Json.quote(Snippet.of(summary)))
        + "]";
  }
}
