package vn.bulletin.diagnostic;

import java.util.ArrayList;
import java.util.List;

/** A thread-safe collector: stages add what they find and the build goes on to find the rest. */
public final class Diagnostics {
  private final List<Diagnostic> found = new ArrayList<>();

  public synchronized void add(Diagnostic diagnostic) {
    found.add(diagnostic);
  }

  public synchronized void addAll(List<Diagnostic> diagnostics) {
    found.addAll(diagnostics);
  }

  public synchronized boolean hasErrors() {
    return found.stream().anyMatch(Diagnostic::isError);
  }

  public synchronized long errorCount() {
    return found.stream().filter(Diagnostic::isError).count();
  }

  /** Everything found so far, in {@link Diagnostic#ORDER}. */
  public synchronized List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(found);
    copy.sort(Diagnostic.ORDER);
    return List.copyOf(copy);
  }
}
