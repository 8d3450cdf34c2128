package vn.bulletin.counter;

import java.time.LocalDate;
import java.util.List;

/**
 * Where visits are kept. Implementations are safe for one writer thread and many reader threads.
 */
public interface VisitStore extends AutoCloseable {
  /**
   * Adds the visits in one transaction; when this returns they are durable. Answers, in the order
   * of {@code visits}, each visit's tally as it stands after the whole group.
   */
  List<Tally> addAll(List<Visit> visits) throws StoreException;

  /** The tally of a page on a day, as committed now. */
  Tally read(String path, LocalDate day) throws StoreException;

  /** What the store is, for logs: never a password. */
  String description();

  @Override
  void close();
}
