package vn.bulletin.pipeline;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.model.NewsItem;

/**
 * What a build did: it {@link Published published} a site (or found the live one still true), it
 * {@link Failed failed} and left the live site as it was, or, for {@code bulletin check}, it {@link
 * Checked checked} everything but publishing.
 */
public sealed interface BuildResult
    permits BuildResult.Published, BuildResult.Failed, BuildResult.Checked {
  /** Sorted by file and position; a published build's are warnings only. */
  List<Diagnostic> diagnostics();

  /**
   * The earliest item held back because its date is still to come: a timer may build again then.
   */
  Optional<Scheduled> nextScheduled();

  /** What the build read, parsed and rendered. */
  Work work();

  default boolean succeeded() {
    return diagnostics().stream().noneMatch(Diagnostic::isError);
  }

  /** How many pages were rendered; the others were kept from the previous build. */
  default int rendered() {
    return work().rendered().size();
  }

  /**
   * This result as a published build; an {@link IllegalStateException} naming its errors if it is
   * not one.
   */
  default Published requirePublished() {
    if (this instanceof Published published) {
      return published;
    }
    throw new IllegalStateException("the build did not publish: " + diagnostics());
  }

  /**
   * A site published, or the live one kept because nothing it was made from changed.
   *
   * @param published how many items were published
   * @param files how many files the site holds
   * @param written how many files were new or changed
   * @param searchTime how long indexing and exporting the search took
   */
  record Published(
      List<Diagnostic> diagnostics,
      int published,
      int files,
      int written,
      Optional<Scheduled> nextScheduled,
      Duration searchTime,
      Work work)
      implements BuildResult {
    public Published {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /** Nothing was published: the live site is as it was, for the reason the diagnostics give. */
  record Failed(
      List<Diagnostic> diagnostics, Cause cause, Optional<Scheduled> nextScheduled, Work work)
      implements BuildResult {
    public Failed {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /** Where a failure lies, which decides what the command says and its exit code. */
  enum Cause {
    /** In {@code bulletin.yaml}: a usage error rather than content. */
    CONFIG,
    /** In the content or the templates. */
    CONTENT,
    /** The site could not be written (disk full, permissions). */
    WRITE
  }

  /**
   * What {@code bulletin check} found, running every stage but publish.
   *
   * @param published how many items a build would publish
   */
  record Checked(
      List<Diagnostic> diagnostics, int published, Optional<Scheduled> nextScheduled, Work work)
      implements BuildResult {
    public Checked {
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /** An item held back until its date. */
  record Scheduled(String sourcePath, java.time.ZonedDateTime date) {
    static Optional<Scheduled> of(Optional<NewsItem> item) {
      return item.map(i -> new Scheduled(i.sourcePath(), i.date()));
    }
  }

  /**
   * The work a build did.
   *
   * @param read the sources (Markdown files, by project path) read; the others were known unchanged
   *     from their stamps
   * @param parsed how many sources were parsed; the others read were known from the hash of their
   *     text
   * @param rendered the pages rendered (site-relative paths, sorted); the others were kept as the
   *     previous build made them
   * @param encoded the photos decoded to make copies (paths under {@code content/}, sorted); the
   *     others' copies were kept from earlier builds
   */
  record Work(List<String> read, int parsed, List<String> rendered, List<String> encoded) {
    public static final Work NONE = new Work(List.of(), 0, List.of(), List.of());

    public Work {
      read = List.copyOf(read);
      rendered = List.copyOf(rendered);
      encoded = List.copyOf(encoded);
    }
  }
}
