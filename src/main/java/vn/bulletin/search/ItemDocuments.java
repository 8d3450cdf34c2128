package vn.bulletin.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.document.FieldType;
import vn.bulletin.fingerprint.Fingerprint;
import vn.bulletin.model.NewsItem;
import vn.bulletin.model.VietnameseFormat;

/**
 * A published news item as a Lucene document. Its text fields carry tokens analyzed here, once per
 * text, so the index needs no analyzer of its own.
 */
final class ItemDocuments {
  /**
   * Terms with frequencies and length norms, no positions: bigrams stand in for phrases, so nothing
   * reads positions, and leaving them out makes indexing cheaper.
   */
  static final FieldType TERMS = terms();

  private final VietnameseFormat format;

  ItemDocuments(VietnameseFormat format) {
    this.format = format;
  }

  /** {@code order} is the item's rank from the oldest; {@code version} is {@link #version} of both. */
  Document of(NewsItem item, long order, String version) {
    // The lead is indexed with the body: it is what a visitor reads first, so its words count twice.
    String body = item.summary() + "\n" + PlainText.of(item.bodyHtml());
    Document doc = new Document();
    doc.add(new StringField(IndexFields.PATH, item.path(), Field.Store.YES));
    doc.add(new StoredField(IndexFields.TITLE, item.title()));
    doc.add(new StoredField(IndexFields.SUMMARY, item.summary()));
    doc.add(new StoredField(IndexFields.DATE, format.iso(item.date())));
    doc.add(new StoredField(IndexFields.DATE_LINE, format.dateLine(item.date())));
    doc.add(new StringField(IndexFields.CATEGORY, item.category().slug(), Field.Store.YES));
    doc.add(new StoredField(IndexFields.CATEGORY_NAME, item.category().name()));
    doc.add(new NumericDocValuesField(IndexFields.ORDER, order));
    doc.add(new StoredField(IndexFields.VERSION, version));
    List<Syllable> title = Syllables.of(item.title());
    List<Syllable> text = Syllables.of(body);
    doc.add(new Field(IndexFields.TITLE_FOLD, new SyllableTokenStream(title, IndexView.FOLD), TERMS));
    doc.add(new Field(IndexFields.TITLE_EXACT, new SyllableTokenStream(title, IndexView.EXACT), TERMS));
    doc.add(new Field(IndexFields.BODY_FOLD, new SyllableTokenStream(text, IndexView.FOLD), TERMS));
    doc.add(new Field(IndexFields.BODY_EXACT, new SyllableTokenStream(text, IndexView.EXACT), TERMS));
    doc.add(new Field(IndexFields.TEXT_BIGRAMS, new SyllableTokenStream(titleThenBody(title, text), IndexView.BIGRAM),
        TERMS));
    return doc;
  }

  /** What the document of this item at this order is made from, as one fingerprint. */
  String version(NewsItem item, long order) {
    return new Fingerprint().add(item.path()).add(item.title()).add(item.summary()).add(format.iso(item.date()))
        .add(format.dateLine(item.date())).add(item.category().slug()).add(item.category().name())
        .add(item.body().digest()).add(order).hex();
  }

  private static FieldType terms() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }

  // No bigram joins the title's last syllable to the body's first.
  private static List<Syllable> titleThenBody(List<Syllable> title, List<Syllable> body) {
    List<Syllable> all = new ArrayList<>(title.size() + body.size());
    all.addAll(title);
    for (int i = 0; i < body.size(); i++) {
      Syllable s = body.get(i);
      all.add(i == 0 ? new Syllable(s.text(), s.exact(), s.fold(), s.start(), s.end(), true) : s);
    }
    return all;
  }
}
