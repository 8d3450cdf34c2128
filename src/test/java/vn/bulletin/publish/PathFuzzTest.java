package vn.bulletin.publish;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;
import vn.bulletin.markdown.LinkResolver;
import vn.bulletin.model.Slug;
import vn.bulletin.plan.SitePaths;

/**
 * Slugs, output paths and link targets computed from any text stay inside the site. Replays {@code
 * PathFuzzTestInputs/} in every test run.
 */
class PathFuzzTest {
  private static final Path ROOT = Path.of("/srv/bantin/.bulletin/site-releases/000001.partial");

  @FuzzTest(maxDuration = "3m")
  void computedPathsStayInsideTheSite(FuzzedDataProvider data) {
    String category = data.consumeString(100);
    String name = data.consumeString(200);
    String written = data.consumeRemainingAsString();

    String slug = Slug.of(name);
    assertThat(slug).matches("([a-z0-9]+(-[a-z0-9]+)*)?");
    String page = Slug.of(category) + "/" + slug + "/index.html";
    if (SitePaths.isSafe(page)) {
      assertThat(OutputPaths.resolveInside(ROOT, page).startsWith(ROOT)).isTrue();
    }
    if (SitePaths.isSafe(written)) {
      assertThat(OutputPaths.resolveInside(ROOT, written).startsWith(ROOT)).isTrue();
    }
    LinkResolver links = new LinkResolver("tin/bai/", true, "tin-tuc-su-kien/bai/");
    links
        .resolve(written)
        .filter(t -> !t.outsideSite())
        .ifPresent(
            t ->
                assertThat(("/" + t.sitePath() + "/").replace('\\', '/'))
                    .doesNotContain("/../")
                    .doesNotContain("/./"));
  }
}
