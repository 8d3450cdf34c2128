package vn.bulletin.counter;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;

/**
 * The two databases the store speaks to, and how each connection is set up for durable counting.
 */
enum Dialect {
  SQLITE("jdbc:sqlite:"),
  POSTGRESQL("jdbc:postgresql:");

  /** How long a writer waits for SQLite's lock before the visit fails with 503. */
  static final int BUSY_TIMEOUT_MILLIS = 5000;

  private final String prefix;

  Dialect(String prefix) {
    this.prefix = prefix;
  }

  static Optional<Dialect> of(String url) {
    for (Dialect d : values()) {
      if (url.startsWith(d.prefix)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * A connection for the writer thread. SQLite: WAL so readers never block the writer,
   * synchronous=FULL so a commit survives power loss too. The SQLite driver, outside autocommit,
   * opens the next transaction as soon as one commits, which would hold the write lock between
   * groups and lock out a second process; so SQLite stays in autocommit and {@link #begin} opens
   * each group's transaction explicitly.
   */
  Connection openWriter(String url) throws SQLException {
    Connection c = DriverManager.getConnection(url, properties());
    c.setAutoCommit(this == SQLITE);
    return c;
  }

  /**
   * Starts a write transaction. SQLite's BEGIN IMMEDIATE takes the write lock first, so a
   * transaction never has to upgrade a read lock (which gives SQLITE_BUSY despite the busy
   * timeout).
   */
  void begin(Connection c) throws SQLException {
    if (this == SQLITE) {
      execute(c, "BEGIN IMMEDIATE");
    }
  }

  void commit(Connection c) throws SQLException {
    if (this == SQLITE) {
      execute(c, "COMMIT");
    } else {
      c.commit();
    }
  }

  void rollback(Connection c) throws SQLException {
    if (this == SQLITE) {
      execute(c, "ROLLBACK");
    } else {
      c.rollback();
    }
  }

  /** A connection for reading tallies; reads are single statements in autocommit. */
  Connection openReader(String url) throws SQLException {
    Connection c = DriverManager.getConnection(url, properties());
    if (this == POSTGRESQL) {
      c.setReadOnly(true);
    }
    return c;
  }

  /** Serialises schema changes of several service instances starting at once. */
  void lockForMigration(Connection c) throws SQLException {
    if (this == POSTGRESQL) {
      execute(c, "SELECT pg_advisory_xact_lock(8328810)");
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private Properties properties() {
    Properties p = new Properties();
    if (this == SQLITE) {
      p.setProperty("journal_mode", "WAL");
      p.setProperty("synchronous", "FULL");
      p.setProperty("busy_timeout", Integer.toString(BUSY_TIMEOUT_MILLIS));
    }
    return p;
  }
}
