package vn.bulletin.counter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The visit store over JDBC, the same SQL for SQLite and PostgreSQL. Every count is changed by one
 * atomic upsert ({@code n = n + k}), never read and written back: a read-then-write loses most
 * increments under load (§A7 of the reliability notes measured 4,329 of 4,800 lost).
 */
public final class JdbcVisitStore implements VisitStore {
  private static final String UPSERT =
      "INSERT INTO bulletin_counts (scope, name, n) VALUES (?, ?, ?)"
          + " ON CONFLICT (scope, name) DO UPDATE SET n = bulletin_counts.n + excluded.n RETURNING n";
  private static final String SELECT =
      "SELECT scope, name, n FROM bulletin_counts WHERE (scope = 'total' AND name = '')"
          + " OR (scope = 'day' AND name = ?) OR (scope = 'month' AND name = ?) OR (scope = 'page' AND name = ?)";
  private static final int READERS = 4;
  private static final long READER_WAIT_MILLIS = 2000;

  private final String url;
  private final Dialect dialect;
  private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);

  /** Used by the one writer thread only; null after a failure, reopened by the next group. */
  private Connection writer;

  private JdbcVisitStore(String url, Dialect dialect) {
    this.url = url;
    this.dialect = dialect;
  }

  /** Opens the store, checks it and creates or migrates its schema. */
  public static JdbcVisitStore open(String url) throws StoreException {
    Dialect dialect =
        Dialect.of(url)
            .orElseThrow(
                () ->
                    new StoreException(
                        "unsupported database URL; use jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB"));
    JdbcVisitStore store = new JdbcVisitStore(url, dialect);
    try {
      store.writer = dialect.openWriter(url);
      if (dialect == Dialect.SQLITE) {
        quickCheck(store.writer);
      }
      Schema.migrate(store.writer, dialect);
      for (int i = 0; i < READERS; i++) {
        store.readers.add(dialect.openReader(url));
      }
      return store;
    } catch (SQLException e) {
      store.close();
      throw new StoreException("cannot open " + store.description() + ": " + e.getMessage(), e);
    } catch (StoreException e) {
      store.close();
      throw e;
    }
  }

  @Override
  public List<Tally> addAll(List<Visit> visits) throws StoreException {
    Map<Key, Long> increments = new TreeMap<>();
    for (Visit v : visits) {
      for (Key k : Key.of(v.path(), v.day(), v.month())) {
        increments.merge(k, 1L, Long::sum);
      }
    }
    try {
      if (writer == null) {
        writer = dialect.openWriter(url);
      }
      dialect.begin(writer);
      Map<Key, Long> after = upsert(writer, increments);
      dialect.commit(writer);
      List<Tally> tallies = new ArrayList<>(visits.size());
      for (Visit v : visits) {
        tallies.add(tally(after, v.path(), v.day(), v.month()));
      }
      return tallies;
    } catch (SQLException e) {
      discardWriter();
      throw new StoreException(
          "cannot record visits in " + description() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Keys in sorted order, so two instances on one PostgreSQL lock rows in the same order and never
   * deadlock.
   */
  private static Map<Key, Long> upsert(Connection c, Map<Key, Long> increments)
      throws SQLException {
    Map<Key, Long> after = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement(UPSERT)) {
      for (Map.Entry<Key, Long> e : increments.entrySet()) {
        s.setString(1, e.getKey().scope());
        s.setString(2, e.getKey().name());
        s.setLong(3, e.getValue());
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          after.put(e.getKey(), rs.getLong(1));
        }
      }
    }
    return after;
  }

  @Override
  public Tally read(String path, LocalDate day) throws StoreException {
    Connection c = borrowReader();
    try (PreparedStatement s = c.prepareStatement(SELECT)) {
      s.setString(1, day.toString());
      s.setString(2, YearMonth.from(day).toString());
      s.setString(3, path);
      Map<Key, Long> found = new HashMap<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.put(new Key(rs.getString(1), rs.getString(2)), rs.getLong(3));
        }
      }
      readers.add(c);
      return tally(found, path, day, YearMonth.from(day));
    } catch (SQLException e) {
      replaceReader(c);
      throw new StoreException("cannot read " + description() + ": " + e.getMessage(), e);
    }
  }

  private Connection borrowReader() throws StoreException {
    try {
      Connection c = readers.poll(READER_WAIT_MILLIS, TimeUnit.MILLISECONDS);
      if (c == null) {
        throw new StoreException("all connections to " + description() + " are busy");
      }
      return c;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for a connection", e);
    }
  }

  /**
   * A reader that failed may be broken (the server restarted): open a fresh one, or give the old
   * one back.
   */
  private void replaceReader(Connection broken) {
    try {
      Connection fresh = dialect.openReader(url);
      closeQuietly(broken);
      readers.add(fresh);
    } catch (SQLException e) {
      readers.add(broken);
    }
  }

  private static Tally tally(Map<Key, Long> counts, String path, LocalDate day, YearMonth month) {
    List<Key> keys = Key.of(path, day, month);
    return new Tally(
        counts.getOrDefault(keys.get(0), 0L),
        counts.getOrDefault(keys.get(1), 0L),
        counts.getOrDefault(keys.get(2), 0L),
        counts.getOrDefault(keys.get(3), 0L));
  }

  private static void quickCheck(Connection c) throws SQLException, StoreException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
      String first = rs.next() ? rs.getString(1) : "no answer";
      if (!"ok".equals(first)) {
        throw new StoreException(
            "the counter database is damaged ("
                + first
                + "); restore it from a backup, it is never reset on its own");
      }
    }
  }

  private void discardWriter() {
    if (writer != null) {
      try {
        dialect.rollback(writer);
      } catch (SQLException ignored) {
        // The connection is dropped below either way; the transaction dies with it.
      }
      closeQuietly(writer);
      writer = null;
    }
  }

  @Override
  public String description() {
    // Drop the query (where user and password go) and any user info before the host.
    String shown = url.replaceFirst("\\?.*$", "").replaceFirst("//[^/@]*@", "//");
    return (dialect == Dialect.SQLITE ? "SQLite " : "PostgreSQL ") + shown;
  }

  @Override
  public void close() {
    discardWriter();
    Connection c;
    while ((c = readers.poll()) != null) {
      closeQuietly(c);
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // Closing a broken connection has nothing left to save.
    }
  }

  /** One counted row: total, a day, a month or a page. */
  private record Key(String scope, String name) implements Comparable<Key> {
    static List<Key> of(String path, LocalDate day, YearMonth month) {
      return List.of(
          new Key("total", ""),
          new Key("day", day.toString()),
          new Key("month", month.toString()),
          new Key("page", path));
    }

    @Override
    public int compareTo(Key o) {
      int c = scope.compareTo(o.scope);
      return c != 0 ? c : name.compareTo(o.name);
    }
  }
}
