package vn.bulletin.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import vn.bulletin.model.NewsItem;
import vn.bulletin.plan.VietnameseFormat;

/** A published news item as a Lucene document. */
final class ItemDocuments {
  private final VietnameseFormat format;

  ItemDocuments(VietnameseFormat format) {
    this.format = format;
  }

  /** {@code order} is the item's rank from the oldest. */
  Document of(NewsItem item, long order) {
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
    doc.add(new TextField(IndexFields.TITLE_FOLD, item.title(), Field.Store.NO));
    doc.add(new TextField(IndexFields.TITLE_EXACT, item.title(), Field.Store.NO));
    doc.add(new TextField(IndexFields.BODY_FOLD, body, Field.Store.NO));
    doc.add(new TextField(IndexFields.BODY_EXACT, body, Field.Store.NO));
    doc.add(new TextField(IndexFields.TEXT_BIGRAMS, item.title() + "\n" + body, Field.Store.NO));
    return doc;
  }
}
