package vn.bulletin.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import vn.bulletin.pipeline.BuildOptions;
import vn.bulletin.pipeline.BuildResult;
import vn.bulletin.pipeline.SiteBuilder;
import vn.bulletin.testing.FileTrees;

/** The project's sample content built with the default templates, as a visitor meets it. */
final class SampleSite {
  static final Instant CLOCK = Instant.parse("2026-11-28T00:00:00Z");

  /** The pages a visitor meets, one of each kind, as site paths. */
  static final List<String> PAGE_KINDS =
      List.of(
          "",
          "tin-tuc-su-kien/",
          "tin-tuc-su-kien/ky-ket-ket-nghia-xa-ham-can/",
          "the/chuyen-doi-so/",
          "gioi-thieu/",
          "about-us/",
          "so-do-trang/",
          "thong-bao/lich-tiep-cong-dan-thang-10-2024/",
          "tim-kiem/?q=ham+can");

  private SampleSite() {}

  /** Builds the sample into {@code dir} and returns the site folder. */
  static Path build(Path dir) throws Exception {
    FileTrees.copy(Path.of("content"), dir.resolve("content"));
    FileTrees.copy(Path.of("templates"), dir.resolve("templates"));
    Files.copy(Path.of("bulletin.yaml"), dir.resolve("bulletin.yaml"));
    BuildResult result =
        new SiteBuilder(BuildOptions.of(dir, Clock.fixed(CLOCK, ZoneOffset.UTC))).build();
    if (!result.succeeded()) {
      throw new IllegalStateException("the sample site does not build: " + result.diagnostics());
    }
    return dir.resolve("site").toRealPath();
  }

  /** A tool the tests run, installed by {@code npm ci} from package.json. */
  static Path nodeModule(String path) {
    return Path.of("node_modules").resolve(path).toAbsolutePath();
  }
}
