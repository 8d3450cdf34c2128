package vn.bulletin.counter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every visit store promises, run against SQLite and against a real PostgreSQL. */
abstract class VisitStoreContract {
  static final LocalDate SEP_19 = LocalDate.of(2024, 9, 19);
  static final LocalDate SEP_20 = LocalDate.of(2024, 9, 20);
  static final LocalDate OCT_01 = LocalDate.of(2024, 10, 1);

  private final List<JdbcVisitStore> opened = new ArrayList<>();

  /** A database URL, empty for each test. */
  abstract String url();

  JdbcVisitStore open() throws StoreException {
    JdbcVisitStore store = JdbcVisitStore.open(url());
    opened.add(store);
    return store;
  }

  @BeforeEach
  void dropTables() throws Exception {
    try (Connection c = DriverManager.getConnection(url());
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS bulletin_counts");
      s.execute("DROP TABLE IF EXISTS bulletin_schema");
    }
  }

  @AfterEach
  void closeStores() {
    opened.forEach(JdbcVisitStore::close);
  }

  @Test
  void countsTotalDayMonthAndPageSeparately() throws Exception {
    JdbcVisitStore store = open();

    store.addAll(
        List.of(
            new Visit("/a/", SEP_19),
            new Visit("/a/", SEP_20),
            new Visit("/b/", SEP_20),
            new Visit("/a/", OCT_01)));

    assertThat(store.read("/a/", SEP_20)).isEqualTo(new Tally(4, 2, 3, 3));
    assertThat(store.read("/b/", SEP_19)).isEqualTo(new Tally(4, 1, 3, 1));
    assertThat(store.read("/a/", OCT_01)).isEqualTo(new Tally(4, 1, 1, 3));
  }

  @Test
  void eachVisitOfAGroupGetsTheTallyAfterTheWholeGroup() throws Exception {
    JdbcVisitStore store = open();
    store.addAll(List.of(new Visit("/a/", SEP_19)));

    List<Tally> tallies = store.addAll(List.of(new Visit("/a/", SEP_19), new Visit("/b/", SEP_20)));

    assertThat(tallies).containsExactly(new Tally(3, 2, 3, 2), new Tally(3, 1, 3, 1));
  }

  @Test
  void unknownPageReadsAsZero() throws Exception {
    assertThat(open().read("/chua-co/", SEP_19)).isEqualTo(new Tally(0, 0, 0, 0));
  }

  @Test
  void countsSurviveClosingAndReopening() throws Exception {
    JdbcVisitStore first = open();
    first.addAll(List.of(new Visit("/a/", SEP_19), new Visit("/a/", SEP_19)));
    first.close();

    assertThat(open().read("/a/", SEP_19)).isEqualTo(new Tally(2, 2, 2, 2));
  }

  @Test
  void schemaIsCreatedOnceWithItsVersion() throws Exception {
    open();
    open();

    try (Connection c = DriverManager.getConnection(url());
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT version FROM bulletin_schema")) {
      List<Integer> versions = new ArrayList<>();
      while (rs.next()) {
        versions.add(rs.getInt(1));
      }
      assertThat(versions).containsExactly(Schema.latestVersion());
    }
  }

  @Test
  void databaseOfANewerVersionIsRefused() throws Exception {
    open().close();
    try (Connection c = DriverManager.getConnection(url());
        Statement s = c.createStatement()) {
      s.execute("UPDATE bulletin_schema SET version = 99");
    }

    assertThatThrownBy(this::open)
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("schema version 99, newer than this bulletin knows");
  }

  /** Two stores on one database stand for two service instances (or processes) counting at once. */
  @Test
  void concurrentGroupsFromTwoStoresLoseNoIncrement() throws Exception {
    List<JdbcVisitStore> stores = List.of(open(), open());
    int threads = 16;
    int groups = 40;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        JdbcVisitStore store = stores.get(t % 2);
        // Several writer threads per store here, so each store serialises its own calls as its one
        // writer would.
        done.add(
            pool.submit(
                () -> {
                  for (int g = 0; g < groups; g++) {
                    synchronized (store) {
                      store.addAll(Collections.nCopies(5, new Visit("/p" + (g % 3) + "/", SEP_19)));
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }

    assertThat(stores.get(0).read("/p0/", SEP_19).total()).isEqualTo((long) threads * groups * 5);
  }

  @Test
  void descriptionNeverShowsAPassword() throws Exception {
    assertThat(open().description()).doesNotContain("password").doesNotContain("?");
  }
}
