package vn.bulletin.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bulletin counter}: the visitor counter API alone, behind the static host's reverse proxy.
 */
@Command(
    name = "counter",
    mixinStandardHelpOptions = true,
    description =
        "Run the visitor counter API (/api/visits) alone, for production behind a reverse proxy.")
final class CounterCommand implements Callable<Integer> {
  @Mixin ServiceOptions service;

  @Option(
      names = "--db",
      paramLabel = "JDBC-URL",
      description =
          "jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB?user=..&password=.. (default: counter: db in "
              + "bulletin.yaml, else <source>/.bulletin/counter.db).")
  String db;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return new ServiceRunner(spec.commandLine().getOut(), spec.commandLine().getErr())
        .run(
            new ServiceRunner.Options(
                service.source, service.bind, service.port, db, Optional.empty(), "counter"));
  }
}
