package vn.bulletin.watch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.bulletin.config.ConfigLoader;
import vn.bulletin.diagnostic.DiagnosticFormatter;
import vn.bulletin.pipeline.BuildResult;

/**
 * What one build of the preview came to, worded for the terminal and for the page's overlay.
 *
 * @param published whether a new site was published, so open pages should reload
 * @param summary the terminal's line for a published build ({@code rebuilt in 0.42 s: ...}), else
 *     empty
 * @param diagnostics the build's problems as compiler-style text with its closing count line, or
 *     empty; when nothing was published, what the overlay shows
 * @param internalError the bug in bulletin that stopped the build, if one did
 */
public record Outcome(
    boolean published,
    String summary,
    String diagnostics,
    Optional<RuntimeException> internalError) {
  static final String KEPT = "the last good site is still served.";

  /** A build that ran to its end, published or not. */
  static Outcome of(BuildResult result, Set<Path> changed, Duration took, boolean first) {
    DiagnosticFormatter formatter = new DiagnosticFormatter();
    if (!(result instanceof BuildResult.Published published)) {
      boolean config =
          result instanceof BuildResult.Failed failed && failed.cause() == BuildResult.Cause.CONFIG;
      String outcome = config ? "fix " + ConfigLoader.FILE_NAME + "; " + KEPT : KEPT;
      return new Outcome(
          false, "", formatter.formatAll(result.diagnostics(), outcome), Optional.empty());
    }
    double seconds = took.toNanos() / 1e9;
    String summary =
        first
            ? String.format(
                Locale.ROOT,
                "built %d items, %d files (%d new or changed) in %.2f s",
                published.published(),
                published.files(),
                published.written(),
                seconds)
            : String.format(
                Locale.ROOT,
                "rebuilt in %.2f s: %s; %d site %s updated",
                seconds,
                describe(changed),
                published.written(),
                published.written() == 1 ? "file" : "files");
    return new Outcome(
        true, summary, formatter.formatAll(published.diagnostics(), ""), Optional.empty());
  }

  /** A build stopped by a bug in bulletin rather than by the editor's files. */
  static Outcome internalError(RuntimeException e) {
    return new Outcome(
        false,
        "",
        "internal error: " + e + " (rerun with --stacktrace for details); " + KEPT + "\n",
        Optional.of(e));
  }

  /** {@code 1 file changed (content/a.md)}, {@code 3 files changed (content/a.md and 2 more)}. */
  static String describe(Set<Path> changed) {
    if (changed.isEmpty()) {
      return "nothing changed";
    }
    String first = changed.iterator().next().toString().replace('\\', '/');
    int n = changed.size();
    return n == 1
        ? "1 file changed (" + first + ")"
        : n + " files changed (" + first + " and " + (n - 1) + " more)";
  }
}
