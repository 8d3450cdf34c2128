package vn.bulletin.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteVisitStoreTest extends VisitStoreContract {
  @TempDir Path dir;

  @Override
  String url() {
    return "jdbc:sqlite:" + dir.resolve("counter.db");
  }

  @Test
  void writerUsesWalFullSyncAndImmediateTransactions() throws Exception {
    try (Connection c = Dialect.SQLITE.openWriter(url());
        Statement s = c.createStatement()) {
      assertThat(pragma(s, "journal_mode")).isEqualTo("wal");
      // 2 is FULL: the WAL is synced at every commit, so a commit survives power loss too.
      assertThat(pragma(s, "synchronous")).isEqualTo("2");
      assertThat(pragma(s, "busy_timeout"))
          .isEqualTo(Integer.toString(Dialect.BUSY_TIMEOUT_MILLIS));
    }
  }

  @Test
  void damagedFileIsRefusedAndLeftAsItWas() throws Exception {
    Path file = dir.resolve("counter.db");
    byte[] garbage =
        "this is not an SQLite database, but it was the official count".repeat(100).getBytes();
    Files.write(file, garbage);

    assertThatThrownBy(this::open)
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("counter.db");
    assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
  }

  @Test
  void unsupportedUrlIsRefusedWithTheForms() {
    assertThatThrownBy(() -> JdbcVisitStore.open("jdbc:mysql://localhost/db"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("jdbc:sqlite:FILE or jdbc:postgresql://HOST/DB");
  }

  @Test
  void integrityCheckIsOkAfterManyGroups() throws Exception {
    JdbcVisitStore store = open();
    for (int i = 0; i < 200; i++) {
      store.addAll(List.of(new Visit("/p" + i + "/", SEP_19), new Visit("/", SEP_20)));
    }
    store.close();

    try (Connection c = Dialect.SQLITE.openReader(url());
        Statement s = c.createStatement()) {
      assertThat(pragma(s, "integrity_check")).isEqualTo("ok");
    }
  }

  private static String pragma(Statement s, String name) throws Exception {
    try (ResultSet rs = s.executeQuery("PRAGMA " + name)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
