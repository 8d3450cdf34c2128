package vn.bulletin.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import vn.bulletin.config.ConfigLoader;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.diagnostic.DiagnosticFormatter;
import vn.bulletin.importer.CrawlPace;
import vn.bulletin.importer.ImportReport;
import vn.bulletin.importer.ImportSettings;
import vn.bulletin.importer.ImportSettingsLoader;
import vn.bulletin.importer.Importer;
import vn.bulletin.importer.ReportRenderer;

/**
 * {@code bulletin import FROM...}: an old portal's news into content/, its old addresses kept as
 * aliases.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description =
        "Import an old portal's news pages (a folder of saved pages, page URLs or a sitemap) into content/.")
final class ImportCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "FROM",
      description = "A folder of saved pages, a page URL, or a sitemap.xml (file or URL).")
  List<String> from;

  @Option(
      names = "--source",
      defaultValue = ".",
      description = "The site's folder (default: ${DEFAULT-VALUE}).")
  Path source;

  @Option(
      names = "--preset",
      description = "nukeviet or auto (default: import: preset in bulletin.yaml, else auto).")
  String preset;

  @Option(
      names = "--since",
      paramLabel = "YYYY-MM-DD",
      description = "Import only articles dated on or after this day.")
  String since;

  @Option(names = "--dry-run", description = "Print the report without writing anything.")
  boolean dryRun;

  @Option(names = "--delay-ms", hidden = true, defaultValue = "1000")
  long delayMillis;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    var err = spec.commandLine().getErr();
    ConfigLoader.Result config = new ConfigLoader().load(source);
    ImportSettingsLoader.Result settings = new ImportSettingsLoader().load(source);
    List<Diagnostic> problems = new ArrayList<>(config.diagnostics());
    problems.addAll(settings.diagnostics());
    if (problems.stream().anyMatch(Diagnostic::isError)) {
      err.print(
          new DiagnosticFormatter().formatAll(problems, "fix " + ConfigLoader.FILE_NAME + "."));
      return ExitCode.USAGE_ERROR;
    }
    Optional<String> usage = usageProblem();
    if (usage.isPresent()) {
      err.println("error: " + usage.get());
      return ExitCode.USAGE_ERROR;
    }
    ImportSettings chosen =
        preset == null ? settings.settings() : settings.settings().withPreset(preset);
    CrawlPace pace =
        new CrawlPace(
            Duration.ofMillis(delayMillis),
            CrawlPace.DEFAULT.retries(),
            CrawlPace.DEFAULT.backoff(),
            CrawlPace.DEFAULT.timeout());
    ImportReport report =
        new Importer(
                config.config(),
                new Importer.Options(
                    source, chosen, Optional.ofNullable(since).map(LocalDate::parse), dryRun, pace))
            .run(from);
    spec.commandLine().getOut().print(new ReportRenderer().render(report));
    return ExitCode.OK;
  }

  private Optional<String> usageProblem() {
    if (preset != null && !preset.equals("nukeviet") && !preset.equals("auto")) {
      return Optional.of("--preset " + preset + " is not known; use nukeviet or auto");
    }
    if (since != null) {
      try {
        LocalDate.parse(since);
      } catch (DateTimeParseException e) {
        return Optional.of("--since " + since + " is not a day; write it as 2024-09-19");
      }
    }
    return Optional.empty();
  }
}
