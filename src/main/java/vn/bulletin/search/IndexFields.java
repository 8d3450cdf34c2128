package vn.bulletin.search;

/** The fields of a news item's Lucene document. */
final class IndexFields {
  /** Site-relative path of the item's page, "tin-tuc-su-kien/ham-can/" (stored, unique). */
  static final String PATH = "path";
  static final String TITLE = "title";
  static final String SUMMARY = "summary";
  /** ISO 8601 date, stored; "date_line" is the date as pages show it. */
  static final String DATE = "date";
  static final String DATE_LINE = "date_line";
  /** Category slug (indexed, for filters) and name (stored). */
  static final String CATEGORY = "category";
  static final String CATEGORY_NAME = "category_name";
  /** 0 for the oldest item: the index sort, so doc ids grow with time and new items append. */
  static final String ORDER = "order";
  /** A fingerprint of everything indexed about the item, its order included: what an update compares. */
  static final String VERSION = "version";
  static final String TITLE_FOLD = "title_fold";
  static final String BODY_FOLD = "body_fold";
  static final String TITLE_EXACT = "title_exact";
  static final String BODY_EXACT = "body_exact";
  /** Bigrams of title and body. */
  static final String TEXT_BIGRAMS = "text_bi";

  /** Title matches weigh three times a body match, in Lucene and in the static export alike. */
  static final float TITLE_WEIGHT = 3f;

  private IndexFields() {}
}
