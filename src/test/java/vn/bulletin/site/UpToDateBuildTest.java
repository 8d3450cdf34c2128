package vn.bulletin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bulletin.pipeline.BuildListener;
import vn.bulletin.pipeline.BuildOptions;
import vn.bulletin.pipeline.BuildResult;
import vn.bulletin.pipeline.SiteBuilder;

/**
 * A build whose inputs did not change since the last build that published without a message makes
 * that site again, so it does nothing and says so; anything that could change the site makes it
 * build: a file, the clock reaching a scheduled item or going back, the site folder moved on.
 */
class UpToDateBuildTest {
  private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  @TempDir Path dir;

  private TestSite site() {
    TestSite site = TestSite.in(dir);
    site.item(
        "content/tin/mot.md",
        "title: \"Một\"\ndate: 2024-09-19T08:00:00+07:00\ncategory: \"Thông báo\"",
        "Một.\n");
    site.item(
        "content/tin/hen-gio.md",
        "title: \"Hẹn giờ\"\ndate: 2026-02-01T08:00:00+07:00\ncategory: \"Thông báo\"",
        "Sau này.\n");
    age();
    return site;
  }

  // Saved an hour ago, as an editor's files are long before a timer builds them.
  private void age() {
    FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(file, hourAgo);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> steps = new ArrayList<>();

  private BuildResult build(TestSite site, Instant clock) {
    steps = new ArrayList<>();
    BuildOptions options = BuildOptions.of(site.dir(), Clock.fixed(clock, ZoneOffset.UTC));
    return new SiteBuilder(options, BuildListener.lines(steps::add)).build();
  }

  @Test
  void aBuildWithNothingChangedDoesNothingAndSaysSo() throws IOException {
    TestSite site = site();
    BuildResult first = build(site, NOW);
    Path release = site.out().toRealPath();

    BuildResult again = build(site, NOW.plusSeconds(60));

    assertThat(steps)
        .containsExactly(
            "load: nothing changed since the last build",
            "publish: unchanged, site stays at " + release.getFileName());
    assertThat(again.requirePublished().published())
        .isEqualTo(first.requirePublished().published());
    assertThat(again.requirePublished().files()).isEqualTo(first.requirePublished().files());
    assertThat(again.requirePublished().written()).isZero();
    assertThat(again.nextScheduled()).isEqualTo(first.nextScheduled());
    assertThat(site.out().toRealPath()).isEqualTo(release);
  }

  @Test
  void theClockReachingAScheduledItemPublishesIt() {
    TestSite site = site();
    build(site, NOW);

    BuildResult due = build(site, Instant.parse("2026-02-02T00:00:00Z"));

    assertThat(steps.get(0)).startsWith("load: ");
    assertThat(steps).doesNotContain("load: nothing changed since the last build");
    assertThat(due.requirePublished().published()).isEqualTo(2);
    assertThat(site.read("thong-bao/hen-gio/index.html")).contains("Hẹn giờ");
  }

  @Test
  void aClockSetBackBuilds() {
    TestSite site = site();
    build(site, NOW);

    build(site, NOW.minusSeconds(3600));

    assertThat(steps).doesNotContain("load: nothing changed since the last build");
  }

  @Test
  void aChangedFileBuilds() {
    TestSite site = site();
    build(site, NOW);
    site.item(
        "content/tin/mot.md",
        "title: \"Một đã sửa\"\ndate: 2024-09-19T08:00:00+07:00\ncategory: \"Thông báo\"",
        "Một.\n");

    build(site, NOW);

    assertThat(steps).doesNotContain("load: nothing changed since the last build");
    assertThat(site.read("thong-bao/mot/index.html")).contains("Một đã sửa");
  }

  @Test
  void aSiteWithWarningsBuildsEachTimeSoTheWarningsAreToldAgain() {
    TestSite site = site();
    site.item(
        "content/tin/html.md",
        "title: \"HTML\"\ndate: 2024-09-18T08:00:00+07:00\ncategory: \"Thông báo\"",
        "<b>đậm</b>\n");
    age();
    build(site, NOW);

    BuildResult again = build(site, NOW);

    assertThat(again.diagnostics())
        .extracting(d -> d.message())
        .containsExactly("raw HTML is not rendered");
  }

  @Test
  void aSiteFolderSwitchedToAnotherReleaseBuilds() throws IOException {
    TestSite site = site();
    build(site, NOW);
    Path release = site.out().toRealPath();
    Path other = release.resolveSibling("copy");
    Files.createDirectories(other);
    Files.copy(release.resolve("index.html"), other.resolve("index.html"));
    Files.delete(site.out());
    Files.createSymbolicLink(site.out(), other);

    build(site, NOW);

    assertThat(steps).doesNotContain("load: nothing changed since the last build");
  }

  @Test
  void aFileSavedJustBeforeABuildIsReadAgainByContentSoTheNextBuildStillDoesNothing() {
    TestSite site = site();
    site.item(
        "content/tin/mot.md",
        "title: \"Một vừa sửa\"\ndate: 2024-09-19T08:00:00+07:00\ncategory: \"Thông báo\"",
        "Một.\n");
    build(site, NOW);

    build(site, NOW);

    assertThat(steps).contains("load: nothing changed since the last build");
  }

  @Test
  void aFileSavedAgainWithinTheSameClockTickAndSizeBuilds() throws IOException {
    TestSite site = site();
    Path file = site.dir().resolve("content/tin/mot.md");
    site.item(
        "content/tin/mot.md",
        "title: \"Bản A\"\ndate: 2024-09-19T08:00:00+07:00\ncategory: \"Thông báo\"",
        "Một.\n");
    FileTime saved = Files.getLastModifiedTime(file);
    build(site, NOW);
    site.item(
        "content/tin/mot.md",
        "title: \"Bản B\"\ndate: 2024-09-19T08:00:00+07:00\ncategory: \"Thông báo\"",
        "Một.\n");
    Files.setLastModifiedTime(file, saved);

    build(site, NOW);

    assertThat(steps).doesNotContain("load: nothing changed since the last build");
    assertThat(site.read("thong-bao/mot/index.html")).contains("Bản B");
  }
}
