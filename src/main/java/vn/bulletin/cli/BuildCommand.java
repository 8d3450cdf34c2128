package vn.bulletin.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.bulletin.build.BuildOptions;
import vn.bulletin.build.BuildResult;
import vn.bulletin.build.SiteBuilder;
import vn.bulletin.config.ConfigLoader;
import vn.bulletin.diagnostic.DiagnosticFormatter;
import vn.bulletin.publish.OutputPaths;

/** {@code bulletin build}: content to a published site. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Build the site from content/, templates/ and bulletin.yaml, and publish it atomically.")
final class BuildCommand implements Callable<Integer> {
  @Option(names = "--source", defaultValue = ".", description = "Folder holding content/, templates/ and bulletin.yaml (default: ${DEFAULT-VALUE}).")
  Path source;

  @Option(names = "--out", description = "Where the site goes (default: <source>/site).")
  Path out;

  @Option(names = "--drafts", description = "Publish drafts too.")
  boolean drafts;

  @Option(names = "--future", description = "Publish items dated in the future too.")
  boolean future;

  @Option(names = "--clock", converter = ClockOption.class, paramLabel = "ISO-8601",
      description = "Build as if it were this time, e.g. 2024-10-01T08:00:00+07:00.")
  Clock clock;

  @Option(names = "--verbose", description = "Print one line per stage and per publishing step as it ends.")
  boolean verbose;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    BuildOptions options = BuildOptions.of(source, clock == null ? Clock.systemUTC() : clock)
        .withOut(out == null ? source.resolve("site") : out).withDrafts(drafts).withFuture(future);
    var err = spec.commandLine().getErr();
    var stdout = spec.commandLine().getOut();
    var overlap = OutputPaths.overlap(options.source(), options.out());
    if (overlap.isPresent()) {
      err.println("error: the site folder " + options.out() + " " + overlap.get()
          + "; publishing replaces it, so choose another --out");
      return ExitCode.USAGE_ERROR;
    }
    long started = System.nanoTime();
    // Flushed line by line, so an admin (or a test) watching sees each step as it ends.
    BuildResult result = new SiteBuilder(options, verbose ? line -> {
      stdout.println(line);
      stdout.flush();
    } : line -> { }).build();
    if (!result.succeeded()) {
      String outcome = result.configError() ? "fix " + ConfigLoader.FILE_NAME + "; nothing was published."
          : "nothing was published.";
      err.print(new DiagnosticFormatter().formatAll(result.diagnostics(), outcome));
      return result.configError() ? ExitCode.USAGE_ERROR
          : result.writeError() ? ExitCode.WRITE_ERROR : ExitCode.CONTENT_ERROR;
    }
    err.print(new DiagnosticFormatter().formatAll(result.diagnostics(), ""));
    double seconds = (System.nanoTime() - started) / 1e9;
    stdout.printf(Locale.ROOT, "built %d items, %d files (%d new or changed) in %.2f s (search %.2f s): %s%n",
        result.published(), result.files(), result.written(), seconds, result.searchTime().toNanos() / 1e9,
        options.out());
    result.nextScheduled().ifPresent(item -> stdout.println("next scheduled: "
        + item.date().toOffsetDateTime() + " " + item.sourcePath()));
    return ExitCode.OK;
  }
}
