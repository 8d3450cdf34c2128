package vn.bulletin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import vn.bulletin.config.ConfigLoader;
import vn.bulletin.config.SiteConfig;
import vn.bulletin.counter.CounterSettings;
import vn.bulletin.counter.JdbcVisitStore;
import vn.bulletin.counter.StoreException;
import vn.bulletin.counter.VisitCounter;
import vn.bulletin.diagnostic.DiagnosticFormatter;
import vn.bulletin.search.SearchIndex;
import vn.bulletin.server.CounterServer;

/**
 * Runs the service for {@code serve} and {@code counter}: config, store, server, then waits. On
 * SIGTERM (or Ctrl-C) the JVM's shutdown hook stops taking requests and commits every queued visit.
 */
final class ServiceRunner {
  /**
   * What the command line asked for; {@code site} is served beside the API when present, and built
   * and watched first with {@code watch}.
   */
  record Options(
      Path project,
      String bind,
      int port,
      String db,
      Optional<Path> site,
      String name,
      Optional<WatchMode> watch) {
    Options(Path project, String bind, int port, String db, Optional<Path> site, String name) {
      this(project, bind, port, db, site, name, Optional.empty());
    }
  }

  private final PrintWriter out;
  private final PrintWriter err;

  ServiceRunner(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  int run(Options options) throws IOException, InterruptedException {
    ConfigLoader.Result loaded = new ConfigLoader().load(options.project());
    if (loaded.hasErrors()) {
      err.print(
          new DiagnosticFormatter()
              .formatAll(loaded.diagnostics(), "fix " + ConfigLoader.FILE_NAME + "."));
      return ExitCode.USAGE_ERROR;
    }
    if (options.watch().isEmpty()
        && options.site().isPresent()
        && !Files.isDirectory(options.site().get())) {
      err.println("error: " + options.site().get() + " does not exist; run `bulletin build` first");
      return ExitCode.USAGE_ERROR;
    }
    SiteConfig.Counter config = loaded.config().counter();
    String url = DatabaseUrl.choose(options.db(), config.db(), options.project());
    if (url.startsWith("jdbc:sqlite:") && options.db() == null && config.db().isBlank()) {
      Files.createDirectories(options.project().resolve(DatabaseUrl.DEFAULT_FILE).getParent());
    }
    JdbcVisitStore store;
    try {
      store = JdbcVisitStore.open(url);
    } catch (StoreException e) {
      err.println("error: " + e.getMessage());
      return ExitCode.USAGE_ERROR;
    }
    VisitCounter counter =
        new VisitCounter(
            store,
            new CounterSettings(
                config.initialTotal(), loaded.config().timeZone(), config.rateLimit()),
            Clock.systemUTC());
    return serve(options, config, store, counter);
  }

  private int serve(
      Options options, SiteConfig.Counter config, JdbcVisitStore store, VisitCounter counter)
      throws InterruptedException {
    if (options.watch().isPresent() && !startWatching(options, options.watch().get())) {
      counter.close();
      store.close();
      return ExitCode.USAGE_ERROR;
    }
    CounterServer server;
    try {
      server =
          CounterServer.start(
              new CounterServer.Settings(
                  options.bind(),
                  options.port(),
                  config.trustedProxies(),
                  config.allowedOrigins(),
                  options.site(),
                  options.project().resolve(SearchIndex.DIRECTORY),
                  options.watch().map(WatchMode::live)),
              counter,
              Clock.systemUTC());
    } catch (Exception e) {
      options.watch().ifPresent(WatchMode::close);
      counter.close();
      store.close();
      err.println(
          "error: cannot listen on "
              + options.bind()
              + ":"
              + options.port()
              + ": "
              + e.getMessage());
      return ExitCode.USAGE_ERROR;
    }
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(() -> stop(options, server, counter, store), "bulletin-shutdown"));
    out.println(
        "bulletin "
            + options.name()
            + ": listening on "
            + server.uri()
            + options.site().map(s -> " (site " + s + ")").orElse("")
            + "; visits in "
            + store.description()
            + options.watch().map(w -> "; watching for changes, open pages reload").orElse(""));
    out.flush();
    server.join();
    return ExitCode.OK;
  }

  /** The first build, then the watches; false when the sources cannot be watched. */
  private boolean startWatching(Options options, WatchMode watch) throws InterruptedException {
    try {
      watch.start();
      return true;
    } catch (IOException e) {
      watch.close();
      err.println(
          "error: cannot watch "
              + options.project()
              + ": "
              + e.getMessage()
              + " (on Linux, raise fs.inotify.max_user_watches)");
      return false;
    }
  }

  /**
   * In this order: no more builds, no new requests, every queued visit committed, then the database
   * closed.
   */
  private void stop(
      Options options, CounterServer server, VisitCounter counter, JdbcVisitStore store) {
    options.watch().ifPresent(WatchMode::close);
    server.close();
    counter.close();
    store.close();
    err.println("bulletin: stopped; every acknowledged visit is stored");
    err.flush();
  }
}
