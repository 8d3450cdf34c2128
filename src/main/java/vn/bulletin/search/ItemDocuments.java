package vn.bulletin.search;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * A published item as a Lucene document, made from its one analysis ({@link ItemTerms}): the index
 * needs no analyzer of its own and tokenizes exactly as the browser does.
 */
final class ItemDocuments {
  /**
   * Terms with frequencies and length norms, no positions: bigrams stand in for phrases, so nothing
   * reads positions, and leaving them out lets each distinct term be handed over once with its
   * count.
   */
  static final FieldType TERMS = terms();

  private ItemDocuments() {}

  static Document of(ItemTerms item) {
    Document doc = new Document();
    doc.add(new StringField(IndexFields.PATH, item.path(), Field.Store.YES));
    doc.add(new SortedDocValuesField(IndexFields.PATH, new BytesRef(item.path())));
    doc.add(new StoredField(IndexFields.TITLE, item.title()));
    doc.add(new StoredField(IndexFields.SUMMARY, item.summary()));
    doc.add(new StoredField(IndexFields.DATE, item.isoDate()));
    doc.add(new StoredField(IndexFields.DATE_LINE, item.dateLine()));
    doc.add(new NumericDocValuesField(IndexFields.DATE_KEY, item.epochMillis()));
    doc.add(new StringField(IndexFields.CATEGORY, item.category(), Field.Store.YES));
    doc.add(new StoredField(IndexFields.CATEGORY_NAME, item.categoryName()));
    doc.add(new BinaryDocValuesField(IndexFields.VERSION, new BytesRef(item.version())));
    doc.add(new NumericDocValuesField(IndexFields.TITLE_LENGTH, item.titleFold().length()));
    doc.add(new NumericDocValuesField(IndexFields.BODY_LENGTH, item.bodyFold().length()));
    doc.add(new NumericDocValuesField(IndexFields.BIGRAM_LENGTH, item.bigrams().length()));
    doc.add(new Field(IndexFields.TITLE_FOLD, new CountedTokenStream(item.titleFold()), TERMS));
    doc.add(new Field(IndexFields.TITLE_EXACT, new CountedTokenStream(item.titleExact()), TERMS));
    doc.add(new Field(IndexFields.BODY_FOLD, new CountedTokenStream(item.bodyFold()), TERMS));
    doc.add(new Field(IndexFields.BODY_EXACT, new CountedTokenStream(item.bodyExact()), TERMS));
    doc.add(new Field(IndexFields.TEXT_BIGRAMS, new CountedTokenStream(item.bigrams()), TERMS));
    return doc;
  }

  private static FieldType terms() {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
    type.freeze();
    return type;
  }
}
