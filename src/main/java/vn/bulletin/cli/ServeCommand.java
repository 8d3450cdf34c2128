package vn.bulletin.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code bulletin serve}: the built site and the visitor counter, for a preview or a small deployment. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve <source>/site and the visitor counter API (/api/visits); visits are kept in "
        + "<source>/.bulletin/counter.db unless bulletin.yaml names another database.")
final class ServeCommand implements Callable<Integer> {
  @Mixin
  ServiceOptions service;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    return new ServiceRunner(spec.commandLine().getOut(), spec.commandLine().getErr()).run(new ServiceRunner.Options(
        service.source, service.bind, service.port, null, Optional.of(service.source.resolve("site")), "serve"));
  }
}
