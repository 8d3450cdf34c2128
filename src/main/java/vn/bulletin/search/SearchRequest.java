package vn.bulletin.search;

import vn.bulletin.model.Slug;

/**
 * One query to {@link SearchEngine}.
 *
 * @param query what the visitor typed; no operators: quotes, signs and brackets separate words
 * @param category a category's slug or name, or empty for all
 * @param page 1-based
 * @param pageSize results per page, at most {@link #MAX_PAGE_SIZE}
 * @param prefix whether the last word is still being typed (matches as a prefix)
 * @param byDate newest first instead of by relevance
 */
public record SearchRequest(
    String query, String category, int page, int pageSize, boolean prefix, boolean byDate) {
  public static final int MAX_QUERY_LENGTH = 200;
  public static final int MAX_PAGE_SIZE = 50;
  public static final int DEFAULT_PAGE_SIZE = 10;

  /** Deep pages cost the engine and help nobody: results beyond this rank are not served. */
  public static final int MAX_RANK = 1000;

  public SearchRequest {
    query = query == null ? "" : query.strip();
    category = category == null ? "" : category.strip();
  }

  /** A first page of relevance-ranked results. */
  public static SearchRequest of(String query, String category, int page) {
    return new SearchRequest(query, category, page, DEFAULT_PAGE_SIZE, false, false);
  }

  /** Throws with a message for the visitor unless the request can be served. */
  public SearchRequest validated() {
    if (query.isEmpty()) {
      throw new InvalidSearchException("the query is empty: type a word to search for");
    }
    if (query.codePointCount(0, query.length()) > MAX_QUERY_LENGTH) {
      throw new InvalidSearchException(
          "the query is longer than " + MAX_QUERY_LENGTH + " characters");
    }
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new InvalidSearchException("the page size must be between 1 and " + MAX_PAGE_SIZE);
    }
    if (page < 1 || (long) page * pageSize > MAX_RANK) {
      throw new InvalidSearchException("the page must be between 1 and " + MAX_RANK / pageSize);
    }
    if (query.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
      throw new InvalidSearchException("the query holds control characters");
    }
    return this;
  }

  /** The category's slug, whichever of name or slug was given. */
  String categorySlug() {
    return Slug.of(category);
  }
}
