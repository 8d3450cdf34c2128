package vn.bulletin.search;

/** The fields of a news item's Lucene document. */
final class IndexFields {
  /**
   * Site-relative path of the item's page, "tin-tuc-su-kien/ham-can/" (stored, unique, sorted doc
   * values).
   */
  static final String PATH = "path";

  static final String TITLE = "title";
  static final String SUMMARY = "summary";

  /** ISO 8601 date, stored; "date_line" is the date as pages show it. */
  static final String DATE = "date";

  static final String DATE_LINE = "date_line";

  /**
   * The publication instant in epoch milliseconds (doc values): newest first sorts on it, then on
   * the path.
   */
  static final String DATE_KEY = "date_key";

  /** Category slug (indexed, for filters) and name (stored). */
  static final String CATEGORY = "category";

  static final String CATEGORY_NAME = "category_name";

  /** {@link ItemTerms#version}, in doc values: what the next build compares. */
  static final String VERSION = "version";

  static final String TITLE_FOLD = "title_fold";
  static final String BODY_FOLD = "body_fold";
  static final String TITLE_EXACT = "title_exact";
  static final String BODY_EXACT = "body_exact";

  /** Bigrams of title and body. */
  static final String TEXT_BIGRAMS = "text_bi";

  /**
   * Exact token counts of the title, the body and the bigrams (doc values). Lucene's collection
   * statistics still count a deleted document until a merge drops it; these let the export and the
   * engine count the live ones only.
   */
  static final String TITLE_LENGTH = "title_length";

  static final String BODY_LENGTH = "body_length";
  static final String BIGRAM_LENGTH = "bigram_length";

  /** Title matches weigh three times a body match, in Lucene and in the static export alike. */
  static final float TITLE_WEIGHT = 3f;

  private IndexFields() {}
}
