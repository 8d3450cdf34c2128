package vn.bulletin.search;

/** A search request the engine refuses; its message can be shown to the visitor (HTTP 400). */
public final class InvalidSearchException extends IllegalArgumentException {
  public InvalidSearchException(String message) {
    super(message);
  }
}
