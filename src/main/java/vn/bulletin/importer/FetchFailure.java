package vn.bulletin.importer;

/** A page, photo or file that could not be had, with the reason a report shows. */
final class FetchFailure extends Exception {
  private static final long serialVersionUID = 1L;

  FetchFailure(String reason) {
    super(reason);
  }
}
