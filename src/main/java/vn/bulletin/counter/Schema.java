package vn.bulletin.counter;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's one schema, created or brought up to date at start. Each migration is applied once,
 * in order, in the same transaction as the version that records it.
 */
final class Schema {
  /** Migration {@code i} brings the schema from version {@code i} to {@code i + 1}. */
  private static final List<String> MIGRATIONS =
      List.of(
          // scope is total, day, month or page; name is "", 2024-09-19, 2024-09 or
          // /tin-tuc/ham-can/
          "CREATE TABLE bulletin_counts (scope VARCHAR(8) NOT NULL, name VARCHAR(300) NOT NULL,"
              + " n BIGINT NOT NULL, PRIMARY KEY (scope, name))");

  static int latestVersion() {
    return MIGRATIONS.size();
  }

  /** Creates or migrates the schema, in one transaction. */
  static void migrate(Connection c, Dialect dialect) throws SQLException, StoreException {
    dialect.begin(c);
    try (Statement s = c.createStatement()) {
      dialect.lockForMigration(c);
      s.execute("CREATE TABLE IF NOT EXISTS bulletin_schema (version INTEGER NOT NULL)");
      int version = version(s);
      if (version > MIGRATIONS.size()) {
        throw new StoreException(
            "the counter database has schema version "
                + version
                + ", newer than this bulletin knows ("
                + MIGRATIONS.size()
                + "); run a newer bulletin");
      }
      for (int i = version; i < MIGRATIONS.size(); i++) {
        s.execute(MIGRATIONS.get(i));
      }
      if (version < MIGRATIONS.size()) {
        s.execute("DELETE FROM bulletin_schema");
        s.execute("INSERT INTO bulletin_schema (version) VALUES (" + MIGRATIONS.size() + ")");
      }
      dialect.commit(c);
    } catch (SQLException | StoreException e) {
      dialect.rollback(c);
      throw e;
    }
  }

  static int version(Statement s) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT MAX(version) FROM bulletin_schema")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private Schema() {}
}
