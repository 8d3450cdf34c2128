package vn.bulletin.counter;

/**
 * The store cannot record or read now (database down, disk full, locked, damaged); the service
 * answers 503.
 */
public final class StoreException extends Exception {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }
}
