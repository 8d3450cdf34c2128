package vn.bulletin.testing;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import vn.bulletin.config.AddressRange;
import vn.bulletin.counter.CounterSettings;
import vn.bulletin.counter.JdbcVisitStore;
import vn.bulletin.counter.VisitCounter;
import vn.bulletin.search.SearchIndex;
import vn.bulletin.server.CounterServer;

/**
 * A built site as {@code bulletin serve} serves it: the real service on 127.0.0.1 and a free port,
 * with the visits API over a SQLite file beside the site and the search API on the site's index.
 */
public final class ServedSite implements AutoCloseable {
  private final JdbcVisitStore store;
  private final VisitCounter counter;
  private final CounterServer server;

  private ServedSite(JdbcVisitStore store, VisitCounter counter, CounterServer server) {
    this.store = store;
    this.counter = counter;
    this.server = server;
  }

  /** Serves {@code source}/site, counting in {@code source}/.bulletin/counter.db from 832,881. */
  public static ServedSite serve(Path source) throws Exception {
    Path db = source.resolve(".bulletin/counter.db");
    Files.createDirectories(db.getParent());
    JdbcVisitStore store = JdbcVisitStore.open("jdbc:sqlite:" + db);
    VisitCounter counter =
        new VisitCounter(
            store,
            new CounterSettings(832_881, ZoneId.of("Asia/Ho_Chi_Minh"), 1000),
            Clock.systemUTC());
    CounterServer server =
        CounterServer.start(
            new CounterServer.Settings(
                "127.0.0.1",
                0,
                AddressRange.LOOPBACK,
                List.of(),
                Optional.of(source.resolve("site")),
                source.resolve(SearchIndex.DIRECTORY)),
            counter,
            Clock.systemUTC());
    return new ServedSite(store, counter, server);
  }

  /** The site's root URL, ending in {@code /}. */
  public URI uri() {
    return server.uri();
  }

  @Override
  public void close() {
    server.close();
    counter.close();
    store.close();
  }
}
