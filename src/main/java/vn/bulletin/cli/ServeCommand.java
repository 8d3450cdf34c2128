package vn.bulletin.cli;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import vn.bulletin.pipeline.BuildOptions;

/**
 * {@code bulletin serve}: the built site and the visitor counter, for a preview or a small
 * deployment.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Serve <source>/site and the visitor counter API (/api/visits); visits are kept in "
            + "<source>/.bulletin/counter.db unless bulletin.yaml names another database. With --watch, a live "
            + "preview: build, then rebuild on every save and reload the open pages.")
final class ServeCommand implements Callable<Integer> {
  @Mixin ServiceOptions service;

  @Option(
      names = "--watch",
      description =
          "Build first, then rebuild whenever content/, templates/ or "
              + "bulletin.yaml change; open pages reload, or show the errors of a failed build.")
  boolean watch;

  @Option(names = "--drafts", description = "With --watch: publish drafts too.")
  boolean drafts;

  @Option(names = "--future", description = "With --watch: publish items dated in the future too.")
  boolean future;

  @Option(
      names = "--clock",
      converter = ClockOption.class,
      paramLabel = "ISO-8601",
      description = "With --watch: build as if it were this time, e.g. 2024-10-01T08:00:00+07:00.")
  Clock clock;

  @ParentCommand Main main;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    if (!watch && (drafts || future || clock != null)) {
      err.println(
          "error: --drafts, --future and --clock change what the preview builds; use them with --watch");
      return ExitCode.USAGE_ERROR;
    }
    // The same site as `bulletin build` with the same flags makes, published to the folder served.
    Optional<WatchMode> watchMode =
        watch
            ? Optional.of(
                new WatchMode(
                    BuildOptions.of(service.source, clock == null ? Clock.systemUTC() : clock)
                        .withDrafts(drafts)
                        .withFuture(future),
                    main != null && main.stacktrace,
                    out,
                    err))
            : Optional.empty();
    return new ServiceRunner(out, err)
        .run(
            new ServiceRunner.Options(
                service.source,
                service.bind,
                service.port,
                null,
                Optional.of(service.source.resolve("site")),
                "serve",
                watchMode));
  }
}
