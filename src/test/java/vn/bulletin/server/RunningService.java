package vn.bulletin.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import vn.bulletin.config.AddressRange;
import vn.bulletin.counter.CounterSettings;
import vn.bulletin.counter.JdbcVisitStore;
import vn.bulletin.counter.StoreException;
import vn.bulletin.counter.VisitCounter;
import vn.bulletin.counter.VisitStore;

/**
 * The real service on 127.0.0.1 and a free port, over a real SQLite file, with an HTTP client for
 * it.
 */
final class RunningService implements AutoCloseable {
  static final String BROWSER =
      "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0";
  static final long INITIAL_TOTAL = 832881;

  final JdbcVisitStore sqlite;
  final VisitCounter counter;
  final CounterServer server;
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  private RunningService(JdbcVisitStore sqlite, VisitCounter counter, CounterServer server) {
    this.sqlite = sqlite;
    this.counter = counter;
    this.server = server;
  }

  static Builder in(Path dir) {
    return new Builder(dir);
  }

  static final class Builder {
    private final Path dir;
    private int rateLimit = 30;
    private List<AddressRange> trusted = AddressRange.LOOPBACK;
    private List<String> origins = List.of();
    private Optional<Path> site = Optional.empty();
    private Path searchIndex;
    private Optional<LiveReload> live = Optional.empty();
    private java.util.function.UnaryOperator<VisitStore> wrap = s -> s;

    Builder(Path dir) {
      this.dir = dir;
    }

    Builder rateLimit(int perMinute) {
      this.rateLimit = perMinute;
      return this;
    }

    Builder trusting(List<AddressRange> proxies) {
      this.trusted = proxies;
      return this;
    }

    Builder allowing(String... allowedOrigins) {
      this.origins = List.of(allowedOrigins);
      return this;
    }

    Builder serving(Path siteFolder) {
      this.site = Optional.of(siteFolder);
      return this;
    }

    Builder searchingIn(Path indexDir) {
      this.searchIndex = indexDir;
      return this;
    }

    Builder live(LiveReload reloads) {
      this.live = Optional.of(reloads);
      return this;
    }

    Builder storeWrappedBy(java.util.function.UnaryOperator<VisitStore> wrapper) {
      this.wrap = wrapper;
      return this;
    }

    RunningService start() throws Exception {
      JdbcVisitStore store = JdbcVisitStore.open("jdbc:sqlite:" + dir.resolve("counter.db"));
      VisitCounter counter =
          new VisitCounter(
              wrap.apply(store),
              new CounterSettings(INITIAL_TOTAL, ZoneId.of("Asia/Ho_Chi_Minh"), rateLimit),
              Clock.systemUTC());
      CounterServer server =
          CounterServer.start(
              new CounterServer.Settings(
                  "127.0.0.1",
                  0,
                  trusted,
                  origins,
                  site,
                  searchIndex == null ? dir.resolve("no-search-index") : searchIndex,
                  live),
              counter,
              Clock.systemUTC());
      return new RunningService(store, counter, server);
    }
  }

  URI uri(String path) {
    return server.uri().resolve(path);
  }

  HttpRequest.Builder post(String body) {
    return HttpRequest.newBuilder(uri("/api/visits"))
        .header("User-Agent", BROWSER)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  HttpResponse<String> visit(String path) throws IOException, InterruptedException {
    return send(post("{\"path\":\"" + path + "\"}"));
  }

  HttpResponse<String> visitFrom(String forwardedFor, String path)
      throws IOException, InterruptedException {
    return send(post("{\"path\":\"" + path + "\"}").header("X-Forwarded-For", forwardedFor));
  }

  HttpResponse<String> read(String path) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(uri("/api/visits?path=" + path)).header("User-Agent", BROWSER));
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return http.send(
        request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Sends bytes as they are, for requests no client library would make; answers the raw response.
   */
  String raw(String request) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.uri().getPort())) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }

  /** The total counted in the store, without the starting total. */
  long stored() throws StoreException {
    return sqlite.read("/", java.time.LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"))).total();
  }

  @Override
  public void close() {
    server.close();
    counter.close();
    sqlite.close();
  }
}
