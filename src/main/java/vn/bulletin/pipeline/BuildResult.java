package vn.bulletin.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.model.NewsItem;

/**
 * What a build did.
 *
 * @param published how many items were published, 0 when the build failed
 * @param files how many files the site holds
 * @param written how many files were new or changed
 * @param configError whether the failure lies in bulletin.yaml (a usage error rather than content)
 * @param searchTime how long indexing and exporting the search took
 * @param writeError whether the site could not be written (disk full, permissions); the previous
 *     site is then unchanged
 * @param work how many sources were read and parsed and how many pages rendered: the work the
 *     change asked for, the rest being kept from the previous build
 */
public record BuildResult(
    List<Diagnostic> diagnostics,
    boolean configError,
    int published,
    int files,
    int written,
    Optional<Scheduled> nextScheduled,
    Duration searchTime,
    boolean writeError,
    Work work) {

  /** The earliest item held back because its date is still to come: a timer may build again then. */
  public record Scheduled(String sourcePath, java.time.ZonedDateTime date) {
    static Optional<Scheduled> of(Optional<NewsItem> item) {
      return item.map(i -> new Scheduled(i.sourcePath(), i.date()));
    }
  }

  /**
   * The work a build did.
   *
   * @param read the sources (Markdown files, by project path) read; the others were known
   *     unchanged from their stamps
   * @param parsed how many sources were parsed; the others read were known from the hash of their text
   * @param rendered the pages rendered (site-relative paths, sorted); the others were kept as the
   *     previous build made them
   * @param encoded the photos decoded to make copies (paths under {@code content/}, sorted); the
   *     others' copies were kept from earlier builds
   */
  public record Work(List<String> read, int parsed, List<String> rendered, List<String> encoded) {
    public static final Work NONE = new Work(List.of(), 0, List.of(), List.of());

    public Work {
      read = List.copyOf(read);
      rendered = List.copyOf(rendered);
      encoded = List.copyOf(encoded);
    }
  }

  /** How many pages were rendered; the others were kept from the previous build. */
  public int rendered() {
    return work.rendered().size();
  }

  /** A build that stopped before publishing, for the reason its diagnostics give. */
  static BuildResult failed(List<Diagnostic> diagnostics, boolean configError, Optional<Scheduled> nextScheduled) {
    return new BuildResult(diagnostics, configError, 0, 0, 0, nextScheduled, Duration.ZERO, false, Work.NONE);
  }

  public boolean succeeded() {
    return diagnostics.stream().noneMatch(Diagnostic::isError);
  }
}
