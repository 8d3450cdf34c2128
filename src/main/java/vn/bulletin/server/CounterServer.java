package vn.bulletin.server;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.CrossOriginHandler;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import vn.bulletin.config.AddressRange;
import vn.bulletin.counter.VisitCounter;

/**
 * The counter service on Jetty with every limit set: header size, idle timeout and a minimum body
 * rate against slow clients, a bounded thread pool and queue, a cap on open connections. (The JDK's
 * own server has none of these and is meant for development.)
 */
public final class CounterServer implements AutoCloseable {
  static final int MAX_THREADS = 32;
  static final int MAX_CONNECTIONS = 4096;
  static final int HEADER_BYTES = 8 * 1024;
  static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);

  /** A body slower than this is cut off, as Apache's mod_reqtimeout does (MinRate=1000). */
  static final long MIN_BODY_BYTES_PER_SECOND = 500;

  private final Server server;
  private final ServerConnector connector;
  private final SearchHandler search;

  /**
   * @param bind the address to listen on (127.0.0.1 for a preview or behind a proxy on the same
   *     host)
   * @param port 0 for any free port
   * @param trustedProxies peers whose {@code X-Forwarded-For} is believed
   * @param allowedOrigins origins ({@code https://bantin.example.gov.vn}) whose pages may call the
   *     API
   * @param site the built site to serve beside the API, if any
   * @param searchIndex the folder of the search index the builds write
   * @param live the live preview's reloads ({@code serve --watch}), if any; its owner closes it
   */
  public record Settings(
      String bind,
      int port,
      List<AddressRange> trustedProxies,
      List<String> allowedOrigins,
      Optional<Path> site,
      Path searchIndex,
      Optional<LiveReload> live) {
    public Settings {
      trustedProxies = List.copyOf(trustedProxies);
      allowedOrigins = List.copyOf(allowedOrigins);
    }

    /** Without live reload. */
    public Settings(
        String bind,
        int port,
        List<AddressRange> trustedProxies,
        List<String> allowedOrigins,
        Optional<Path> site,
        Path searchIndex) {
      this(bind, port, trustedProxies, allowedOrigins, site, searchIndex, Optional.empty());
    }
  }

  private CounterServer(Server server, ServerConnector connector, SearchHandler search) {
    this.server = server;
    this.connector = connector;
    this.search = search;
  }

  /** Starts listening; fails (with Jetty's exception) when the port is taken. */
  public static CounterServer start(Settings settings, VisitCounter counter, Clock clock)
      throws Exception {
    // Jetty's job queue stays unbounded as Jetty advises: the cap on connections bounds it instead.
    QueuedThreadPool threads = new QueuedThreadPool(MAX_THREADS, 4);
    threads.setName("bulletin-http");
    Server server = new Server(threads);
    ServerConnector connector =
        new ServerConnector(server, 1, 1, new HttpConnectionFactory(httpConfiguration()));
    connector.setHost(settings.bind());
    connector.setPort(settings.port());
    connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
    server.addConnector(connector);
    server.addBean(new NetworkConnectionLimit(MAX_CONNECTIONS, server));
    server.setErrorHandler(new JsonErrorHandler());
    SearchHandler search = new SearchHandler(settings.searchIndex(), clock);
    server.setHandler(
        new MinimumDataRateHandler(
            handlers(settings, counter, search, clock), MIN_BODY_BYTES_PER_SECOND, 0));
    server.setStopTimeout(5000);
    server.start();
    return new CounterServer(server, connector, search);
  }

  private static HttpConfiguration httpConfiguration() {
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setRequestHeaderSize(HEADER_BYTES);
    http.setResponseHeaderSize(HEADER_BYTES);
    return http;
  }

  private static Handler handlers(
      Settings settings, VisitCounter counter, SearchHandler search, Clock clock) {
    Optional<SiteHandler> site = settings.site().map(dir -> new SiteHandler(dir, settings.live()));
    VisitsHandler visits =
        new VisitsHandler(
            counter,
            new ClientResolver(settings.trustedProxies()),
            path -> site.map(s -> s.hasPage(path)).orElse(true),
            new StoreFailureLog(clock));
    Handler routes = new Routes(visits, search, site, settings.live());
    if (settings.allowedOrigins().isEmpty()) {
      return routes;
    }
    // CORS lets the listed sites' pages read the answers; it is not access control (curl ignores
    // it).
    CrossOriginHandler cors = new CrossOriginHandler();
    cors.setAllowedOriginPatterns(
        settings.allowedOrigins().stream().map(Pattern::quote).collect(Collectors.toSet()));
    cors.setAllowedMethods(Set.of(HttpMethod.GET.asString(), HttpMethod.POST.asString()));
    cors.setAllowedHeaders(Set.of("Content-Type"));
    cors.setAllowCredentials(false);
    cors.setPreflightMaxAge(Duration.ofDays(1));
    cors.setHandler(routes);
    return cors;
  }

  /** Where the service listens, e.g. {@code http://127.0.0.1:8080/}. */
  public URI uri() {
    String host =
        connector.getHost().contains(":") ? "[" + connector.getHost() + "]" : connector.getHost();
    return URI.create("http://" + host + ":" + connector.getLocalPort() + "/");
  }

  public void join() throws InterruptedException {
    server.join();
  }

  /** Stops taking connections and lets requests in flight finish (up to five seconds). */
  @Override
  public void close() {
    try {
      server.stop();
      search.close();
    } catch (Exception e) {
      throw new IllegalStateException("Jetty did not stop: " + e.getMessage(), e);
    }
  }
}
