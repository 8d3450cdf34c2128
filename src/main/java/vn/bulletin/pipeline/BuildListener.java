package vn.bulletin.pipeline;

import java.util.function.Consumer;

/**
 * What a build tells as it goes, for {@code --verbose} lines and a terminal's progress line. The
 * counts arrive from worker threads: an implementation must be thread-safe and quick.
 */
public interface BuildListener {
  /** Tells nothing. */
  BuildListener SILENT = new BuildListener() {};

  /** One line as a stage or a publishing step ends, e.g. "parse: 10000 items, 0 pages". */
  default void stepEnded(String line) {}

  /** {@code done} of {@code total} source files (items and pages) are parsed. */
  default void sourcesParsed(int done, int total) {}

  /** {@code done} of {@code total} pages are rendered. */
  default void pagesRendered(int done, int total) {}

  /** A listener that passes the step lines to {@code lines} and ignores the counts. */
  static BuildListener lines(Consumer<String> lines) {
    return new BuildListener() {
      @Override
      public void stepEnded(String line) {
        lines.accept(line);
      }
    };
  }
}
