package vn.bulletin.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * How to build.
 *
 * @param project the project's folder (where {@code bulletin.yaml}, {@code content/} and {@code
 *     templates/} are; the command line's {@code --source})
 * @param out where the site is published ({@code site/} in the project unless told otherwise)
 * @param clock what "now" is, for scheduled items (frozen in tests and with {@code --clock})
 * @param fileBudget how long one file may take to parse before it is reported as pathological
 */
public record BuildOptions(
    Path project, Path out, boolean drafts, boolean future, Clock clock, Duration fileBudget) {
  public static final Duration DEFAULT_FILE_BUDGET = Duration.ofSeconds(10);

  public static BuildOptions of(Path project, Clock clock) {
    return new BuildOptions(
        project, project.resolve("site"), false, false, clock, DEFAULT_FILE_BUDGET);
  }

  public BuildOptions withOut(Path dir) {
    return new BuildOptions(project, dir, drafts, future, clock, fileBudget);
  }

  public BuildOptions withDrafts(boolean value) {
    return new BuildOptions(project, out, value, future, clock, fileBudget);
  }

  public BuildOptions withFuture(boolean value) {
    return new BuildOptions(project, out, drafts, value, clock, fileBudget);
  }

  public BuildOptions withFileBudget(Duration value) {
    return new BuildOptions(project, out, drafts, future, clock, value);
  }
}
