package vn.bulletin.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * How to build.
 *
 * @param clock what "now" is, for scheduled items (frozen in tests and with {@code --clock})
 * @param fileBudget how long one file may take to parse before it is reported as pathological
 */
public record BuildOptions(Path source, Path out, boolean drafts, boolean future, Clock clock, Duration fileBudget) {
  public static final Duration DEFAULT_FILE_BUDGET = Duration.ofSeconds(10);

  public static BuildOptions of(Path source, Clock clock) {
    return new BuildOptions(source, source.resolve("site"), false, false, clock, DEFAULT_FILE_BUDGET);
  }

  public BuildOptions withOut(Path dir) {
    return new BuildOptions(source, dir, drafts, future, clock, fileBudget);
  }

  public BuildOptions withDrafts(boolean value) {
    return new BuildOptions(source, out, value, future, clock, fileBudget);
  }

  public BuildOptions withFuture(boolean value) {
    return new BuildOptions(source, out, drafts, value, clock, fileBudget);
  }

  public BuildOptions withFileBudget(Duration value) {
    return new BuildOptions(source, out, drafts, future, clock, value);
  }
}
