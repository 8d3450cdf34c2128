package vn.bulletin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.bulletin.config.ConfigLoader;
import vn.bulletin.diagnostic.DiagnosticFormatter;
import vn.bulletin.pipeline.BuildListener;
import vn.bulletin.pipeline.BuildOptions;
import vn.bulletin.pipeline.BuildResult;
import vn.bulletin.pipeline.SiteBuilder;
import vn.bulletin.publish.OutputPaths;

/** {@code bulletin build}: content to a published site. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description =
        "Build the site from content/, templates/ and bulletin.yaml, and publish it atomically.")
final class BuildCommand implements Callable<Integer> {
  @Option(
      names = "--source",
      defaultValue = ".",
      description =
          "Folder holding content/, templates/ and bulletin.yaml (default: ${DEFAULT-VALUE}).")
  Path source;

  @Option(names = "--out", description = "Where the site goes (default: <source>/site).")
  Path out;

  @Option(names = "--drafts", description = "Publish drafts too.")
  boolean drafts;

  @Option(names = "--future", description = "Publish items dated in the future too.")
  boolean future;

  @Option(
      names = "--clock",
      converter = ClockOption.class,
      paramLabel = "ISO-8601",
      description = "Build as if it were this time, e.g. 2024-10-01T08:00:00+07:00.")
  Clock clock;

  @Option(
      names = "--verbose",
      description = "Print one line per stage and per publishing step as it ends.")
  boolean verbose;

  @Option(
      names = "--quiet",
      description =
          "Print nothing when the build succeeds; errors and warnings still go to stderr.")
  boolean quiet;

  @Spec CommandSpec spec;

  @ParentCommand Main main;

  @Override
  public Integer call() {
    BuildOptions options =
        BuildOptions.of(source, clock == null ? Clock.systemUTC() : clock)
            .withOut(out == null ? source.resolve("site") : out)
            .withDrafts(drafts)
            .withFuture(future);
    var err = spec.commandLine().getErr();
    Optional<String> usage = usageProblem(options);
    if (usage.isPresent()) {
      err.println("error: " + usage.get());
      return ExitCode.USAGE_ERROR;
    }
    long started = System.nanoTime();
    BuildListener shown = listener(spec.commandLine().getOut(), err);
    PageTally tally = new PageTally(shown);
    BuildResult result;
    try {
      result = new SiteBuilder(options, tally).build();
    } finally {
      if (shown instanceof ProgressLine line) {
        line.close();
      }
    }
    if (result instanceof BuildResult.Failed failed) {
      return failed(failed, err);
    }
    BuildResult.Published published = result.requirePublished();
    Duration time = Duration.ofNanos(System.nanoTime() - started);
    err.print(new DiagnosticFormatter().formatAll(published.diagnostics(), ""));
    err.flush();
    if (!quiet) {
      printSummary(
          BuildSummary.of(published, tally.pages(), time, options.out()),
          published.nextScheduled());
    }
    return ExitCode.OK;
  }

  private Optional<String> usageProblem(BuildOptions options) {
    if (quiet && verbose) {
      return Optional.of("--quiet and --verbose ask for opposite things; choose one");
    }
    return OutputPaths.overlap(options.project(), options.out())
        .map(
            overlap ->
                "the site folder "
                    + options.out()
                    + " "
                    + overlap
                    + "; publishing replaces it, so choose another --out");
  }

  /**
   * Step lines with {@code --verbose}, flushed one by one so an admin (or a test) sees each as it
   * ends.
   */
  private BuildListener listener(PrintWriter stdout, PrintWriter err) {
    Consumer<String> steps =
        verbose
            ? line -> {
              stdout.println(line);
              stdout.flush();
            }
            : line -> {};
    return main.terminal && !quiet
        ? new ProgressLine(err, steps, System::nanoTime)
        : BuildListener.lines(steps);
  }

  private static int failed(BuildResult.Failed result, PrintWriter err) {
    String outcome =
        result.cause() == BuildResult.Cause.CONFIG
            ? "fix " + ConfigLoader.FILE_NAME + "; nothing was published."
            : "nothing was published.";
    err.print(new DiagnosticFormatter().formatAll(result.diagnostics(), outcome));
    return switch (result.cause()) {
      case CONFIG -> ExitCode.USAGE_ERROR;
      case WRITE -> ExitCode.WRITE_ERROR;
      case CONTENT -> ExitCode.CONTENT_ERROR;
    };
  }

  // "next scheduled:" stays as it was: a timer may read it to rebuild when the item is due.
  private void printSummary(BuildSummary summary, Optional<BuildResult.Scheduled> next) {
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.print(summary.text());
    next.ifPresent(
        item ->
            stdout.println(
                "next scheduled: " + item.date().toOffsetDateTime() + " " + item.sourcePath()));
    stdout.flush();
  }
}
