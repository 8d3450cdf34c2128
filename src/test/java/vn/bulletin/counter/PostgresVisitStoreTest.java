package vn.bulletin.counter;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import vn.bulletin.testing.Postgres;

/**
 * The store contract against a real PostgreSQL server: one schema for this class, dropped after it.
 */
class PostgresVisitStoreTest extends VisitStoreContract {
  private static Postgres postgres;

  @BeforeAll
  static void startSchema() {
    postgres = Postgres.freshSchema(PostgresVisitStoreTest.class);
  }

  @AfterAll
  static void dropSchema() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Override
  String url() {
    return postgres.url();
  }
}
