package vn.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {
  private final Path source = Path.of("/srv/bantin");

  @Test
  void withoutAnySettingItIsTheSqliteFileUnderTheSource() {
    assertThat(DatabaseUrl.choose(null, "", source))
        .isEqualTo("jdbc:sqlite:/srv/bantin/.bulletin/counter.db");
  }

  @Test
  void optionWinsOverConfig() {
    assertThat(DatabaseUrl.choose("jdbc:postgresql://db/b", "jdbc:sqlite:x.db", source))
        .isEqualTo("jdbc:postgresql://db/b");
  }

  @Test
  void relativeSqliteFileIsRelativeToTheSourceAndKeepsItsQuery() {
    assertThat(DatabaseUrl.choose(null, "jdbc:sqlite:data/dem.db?foo=1", source))
        .isEqualTo("jdbc:sqlite:/srv/bantin/data/dem.db?foo=1");
  }

  @Test
  void absoluteAndSpecialSqliteUrlsAreLeftAlone() {
    assertThat(DatabaseUrl.choose("jdbc:sqlite:/var/lib/dem.db", "", source))
        .isEqualTo("jdbc:sqlite:/var/lib/dem.db");
    assertThat(DatabaseUrl.choose("jdbc:sqlite::memory:", "", source))
        .isEqualTo("jdbc:sqlite::memory:");
  }
}
