package vn.bulletin.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A real PostgreSQL server for tests (Debian's, started by {@code .ci/run}): each test class gets a
 * schema of its own, dropped at the end. The test skips when no server answers, or fails where
 * {@code -Dbulletin.require-services=true}.
 */
public final class Postgres implements AutoCloseable {
  public static final String URL_PROPERTY = "bulletin.test.postgres-url";
  public static final String DEFAULT_URL =
      "jdbc:postgresql://127.0.0.1:5432/bulletin_test?user=bulletin&password=bulletin";

  private final String baseUrl;
  private final String schema;

  private Postgres(String baseUrl, String schema) {
    this.baseUrl = baseUrl;
    this.schema = schema;
  }

  /** A fresh, empty schema named after the test class. */
  public static Postgres freshSchema(Class<?> testClass) {
    String url = System.getProperty(URL_PROPERTY, DEFAULT_URL);
    String schema =
        ("t_"
                + testClass.getSimpleName()
                + "_"
                + Long.toHexString(ThreadLocalRandom.current().nextLong()))
            .toLowerCase(Locale.ROOT);
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    } catch (SQLException e) {
      Services.require(
          false, "PostgreSQL at " + url.replaceFirst("\\?.*", "") + " (" + e.getMessage() + ")");
    }
    return new Postgres(url, schema);
  }

  /** The JDBC URL whose tables all land in this schema. */
  public String url() {
    return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  @Override
  public void close() throws SQLException {
    try (Connection c = DriverManager.getConnection(baseUrl);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }
}
