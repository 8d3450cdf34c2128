package vn.bulletin.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.bulletin.model.Slug;
import vn.bulletin.plan.SitePaths;

class OutputPathsProperties {
  private static final Path ROOT = Path.of("/srv/bantin/.bulletin/site-releases/000007.partial");

  /**
   * Path-like text: segments of dots, slashes, backslashes, drive letters, percent escapes and
   * letters.
   */
  @Provide
  Arbitrary<String> paths() {
    Arbitrary<String> segment =
        Arbitraries.oneOf(
            Arbitraries.of(
                "..",
                ".",
                "",
                "~",
                "C:",
                "%2e%2e",
                "a b",
                "\u0000",
                "tin-tuc",
                "index.html",
                "ảnh.jpg",
                "\\\\server",
                "..\\.."),
            Arbitraries.strings().ofMaxLength(6));
    Arbitrary<String> separator = Arbitraries.of("/", "\\", "//", "/./");
    return Combinators.combine(segment.list().ofMaxSize(6), separator)
        .as((parts, sep) -> String.join(sep, parts));
  }

  @Property(tries = 1000)
  void aSafePathNeverLeavesTheRoot(@ForAll("paths") String path) {
    if (SitePaths.isSafe(path)) {
      Path resolved = OutputPaths.resolveInside(ROOT, path);
      assertThat(resolved.startsWith(ROOT) && !resolved.equals(ROOT))
          .as(resolved.toString())
          .isTrue();
    } else {
      assertThatThrownBy(() -> OutputPaths.resolveInside(ROOT, path))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Property(tries = 1000)
  void pagesNamedFromAnyCategoryAndFileNameStayInside(
      @ForAll("paths") String category, @ForAll("paths") String name) {
    String page = Slug.of(category) + "/" + Slug.of(name) + "/index.html";
    if (!Slug.of(category).isEmpty() && !Slug.of(name).isEmpty()) {
      assertThat(SitePaths.isSafe(page)).isTrue();
      assertThat(OutputPaths.resolveInside(ROOT, page).getParent().getParent().getParent())
          .isEqualTo(ROOT);
    } else {
      assertThat(SitePaths.isSafe(page)).isFalse();
    }
  }
}
