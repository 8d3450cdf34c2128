package vn.bulletin.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.bulletin.plan.SitePaths;

class OutputPathsTest {
  private static final Path SOURCE = Path.of("/srv/bantin");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "", "/a", "\\a", "a\\b", ":a", "a:b", "\0a", "a\0", "..", "a/../b", "./a", "a//b", "a/"
      })
  void pathsThatCouldLandElsewhereAreUnsafe(String path) {
    assertThat(SitePaths.isSafe(path)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "index.html", "tin-tuc/a/index.html", "...", "a..b/c", "ảnh 1.jpg"})
  void plainRelativePathsAreSafe(String path) {
    assertThat(SitePaths.isSafe(path)).isTrue();
  }

  @Test
  void siteFolderMayNotBeHoldOrLieInWhatTheBuildReads() {
    assertThat(OutputPaths.overlap(SOURCE, SOURCE)).contains("is the source folder");
    assertThat(OutputPaths.overlap(SOURCE, Path.of("/srv"))).contains("holds the source folder");
    assertThat(OutputPaths.overlap(SOURCE, SOURCE.resolve("content"))).contains("is content/");
    assertThat(OutputPaths.overlap(SOURCE, SOURCE.resolve("content/site")))
        .contains("lies inside content/");
    assertThat(OutputPaths.overlap(SOURCE, SOURCE.resolve("templates"))).contains("is templates/");
    assertThat(OutputPaths.overlap(SOURCE, SOURCE.resolve("templates/x/y")))
        .contains("lies inside templates/");
  }

  @Test
  void siteFolderBesideOrBelowTheSourceIsFine() {
    assertThat(OutputPaths.overlap(SOURCE, SOURCE.resolve("site"))).isEmpty();
    assertThat(OutputPaths.overlap(SOURCE, Path.of("/var/www/bantin"))).isEmpty();
    assertThat(OutputPaths.overlap(SOURCE, SOURCE.resolve("contents"))).isEmpty();
  }
}
