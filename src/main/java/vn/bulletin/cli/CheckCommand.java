package vn.bulletin.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import vn.bulletin.config.ConfigLoader;
import vn.bulletin.diagnostic.DiagnosticFormatter;
import vn.bulletin.pipeline.BuildOptions;
import vn.bulletin.pipeline.BuildResult;
import vn.bulletin.pipeline.SiteBuilder;

/** {@code bulletin check}: every check of a build, plus editorial warnings, without publishing. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description =
        "Check the content as a build would, and warn about what builds but reads badly; publish nothing.")
final class CheckCommand implements Callable<Integer> {
  @Option(
      names = "--source",
      defaultValue = ".",
      description =
          "Folder holding content/, templates/ and bulletin.yaml (default: ${DEFAULT-VALUE}).")
  Path source;

  @Option(names = "--strict", description = "Fail on warnings too (exit code 1).")
  boolean strict;

  @Option(
      names = "--clock",
      converter = ClockOption.class,
      paramLabel = "ISO-8601",
      description = "Check as if it were this time (which items are scheduled).")
  Clock clock;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    BuildOptions options = BuildOptions.of(source, clock == null ? Clock.systemUTC() : clock);
    BuildResult result = new SiteBuilder(options).check();
    boolean config =
        result instanceof BuildResult.Failed failed && failed.cause() == BuildResult.Cause.CONFIG;
    String outcome = config ? "fix " + ConfigLoader.FILE_NAME + "." : "the site would not build.";
    spec.commandLine()
        .getErr()
        .print(new DiagnosticFormatter().formatAll(result.diagnostics(), outcome));
    if (config) {
      return ExitCode.USAGE_ERROR;
    }
    if (!result.succeeded()) {
      return ExitCode.CONTENT_ERROR;
    }
    if (result.diagnostics().isEmpty() && result instanceof BuildResult.Checked checked) {
      spec.commandLine()
          .getOut()
          .println("no problems found: " + checked.published() + " items to publish");
    }
    boolean warned = result.diagnostics().stream().anyMatch(d -> !d.isError());
    return strict && warned ? ExitCode.CONTENT_ERROR : ExitCode.OK;
  }
}
