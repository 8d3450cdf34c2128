package vn.bulletin.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.bulletin.pipeline.BuildOptions;
import vn.bulletin.pipeline.SiteBuilder;
import vn.bulletin.testing.FileTrees;

/**
 * Builds each {@code golden/<case>/input} with the project's templates and compares the whole site
 * with {@code golden/<case>/expected}, byte for byte. {@code -Dgolden.update=true} rewrites the
 * expected trees for review in git.
 */
class GoldenSiteTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final Instant CLOCK = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir Path work;

  static Stream<String> cases() throws IOException {
    try (Stream<Path> list = Files.list(GOLDEN)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void siteMatchesItsGoldenCopy(String name) throws IOException {
    Path source = work.resolve("source");
    FileTrees.copy(GOLDEN.resolve(name).resolve("input"), source);
    FileTrees.copy(Path.of("templates"), source.resolve("templates"));
    var result =
        new SiteBuilder(BuildOptions.of(source, Clock.fixed(CLOCK, ZoneOffset.UTC))).build();
    assertThat(result.diagnostics()).isEmpty();

    Path built = source.resolve("site").toRealPath();
    Path expected = GOLDEN.resolve(name).resolve("expected");
    if (Boolean.getBoolean("golden.update")) {
      FileTrees.delete(expected);
      FileTrees.copy(built, expected);
      return;
    }
    String differences = GoldenDiff.between(expected, built);
    if (!differences.isEmpty()) {
      fail(
          "the site differs from its golden copy (rerun with -Dgolden.update=true to accept):\n"
              + differences);
    }
  }
}
