package vn.bulletin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bulletin.pipeline.BuildResult;
import vn.bulletin.pipeline.BuildSession;
import vn.bulletin.testing.FileTrees;
import vn.bulletin.testing.Photos;

/**
 * A rebuild after each kind of change gives, byte for byte, the site a clean build of the changed
 * content gives; and it renders only the pages the change reaches.
 */
class IncrementalBuildTest {
  private static final int ITEMS = 12;

  @TempDir Path incremental;
  @TempDir Path clean;

  /** Twelve items in two categories (pages of 2, 2 other news), tags shared, one photo. */
  private static TestSite site(Path dir) {
    TestSite site = TestSite.in(dir);
    for (int i = 1; i <= ITEMS; i++) {
      String category = i % 3 == 0 ? "Thông báo" : "Tin tức - Sự kiện";
      String folder = i % 3 == 0 ? "thong-bao" : "tin-tuc";
      site.item(
          "content/" + folder + "/bai-" + i + ".md",
          """
          title: "Bài số %d"
          date: 2024-09-%02dT08:00:00+07:00
          category: "%s"
          summary: "Tóm tắt bài %d."
          tags: ["Chuyển đổi số", "Nhóm %d"]
          """
              .formatted(i, i, category, i, i % 2),
          "Nội dung bài " + i + ".\n\n![Ảnh](../anh.svg)\n");
    }
    site.file(
        "content/anh.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"480\"></svg>");
    site.file("content/pages/gioi-thieu.md", "---\ntitle: \"Giới thiệu\"\n---\n\nVề bản tin.\n");
    age(dir);
    return site;
  }

  // Written an hour ago: a build then trusts the files' stamps, as it does an editor's files saved
  // long before it; a file changed after it has a stamp of now.
  private static void age(Path dir) {
    FileTime hourAgo = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.setLastModifiedTime(file, hourAgo);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Builds, applies the change, rebuilds, in one session as {@code serve --watch} keeps it; then
   * builds the changed content from clean. The rebuild's result. (A new session for each build, as
   * each {@code bulletin build} starts, reads and renders the same: {@link
   * #aNewSessionDoesTheSameWork}.)
   */
  private BuildResult rebuildAfter(Consumer<TestSite> change) {
    return rebuildAfter(change, true);
  }

  private BuildResult rebuildAfter(Consumer<TestSite> change, boolean keepSession) {
    return rebuildAfter(s -> {}, change, keepSession);
  }

  /**
   * As {@link #rebuildAfter(Consumer, boolean)}, from the site with {@code setup} applied long ago.
   */
  private BuildResult rebuildAfter(
      Consumer<TestSite> setup, Consumer<TestSite> change, boolean keepSession) {
    TestSite before = site(incremental);
    setup.accept(before);
    age(before.dir());
    BuildSession session = BuildSession.fromDisk();
    BuildResult first = before.build(session);
    assertThat(first.succeeded()).as(first.diagnostics().toString()).isTrue();
    change.accept(before);
    BuildResult rebuilt = keepSession ? before.build(session) : before.build();
    assertThat(rebuilt.diagnostics()).noneMatch(d -> d.isError());

    TestSite fresh = site(clean);
    setup.accept(fresh);
    change.accept(fresh);
    BuildResult cleanBuild = fresh.build();
    assertThat(cleanBuild.diagnostics()).noneMatch(d -> d.isError());

    assertThat(FileTrees.digest(before.out())).isEqualTo(FileTrees.digest(fresh.out()));
    assertThat(rebuilt.requirePublished().files()).isEqualTo(cleanBuild.requirePublished().files());
    return rebuilt;
  }

  @Test
  void noChangeRendersAndWritesNothing() {
    TestSite site = site(incremental);
    site.build();
    Path release = resolved(site.out());

    BuildResult again = site.build();

    assertThat(again.work().read()).isEmpty();
    assertThat(again.rendered()).isZero();
    assertThat(again.requirePublished().written()).isZero();
    assertThat(resolved(site.out())).isEqualTo(release);
  }

  @Test
  void aSaveInTheSameTickOfTheClockAsTheBuildThatReadTheFileIsSeen() throws IOException {
    TestSite site = site(incremental);
    site.build();
    rewriteItem5(site, "Bài số 5", "Tin tức - Sự kiện", "Nội dung AAA.");
    Path file = site.dir().resolve("content/tin-tuc/bai-5.md");
    FileTime saved = Files.getLastModifiedTime(file);
    site.build();

    // The same size and, as a coarse clock gives, the same modification time: only the text
    // differs.
    rewriteItem5(site, "Bài số 5", "Tin tức - Sự kiện", "Nội dung BBB.");
    Files.setLastModifiedTime(file, saved);
    BuildResult result = site.build();

    assertThat(result.work().read()).containsExactly("content/tin-tuc/bai-5.md");
    assertThat(site.read("tin-tuc-su-kien/bai-5/index.html")).contains("Nội dung BBB.");
  }

  @Test
  void aBuildOfAnotherProcessBetweenTwoPreviewBuildsIsTakenIn() {
    TestSite site = site(incremental);
    BuildSession preview = BuildSession.fromDisk();
    assertThat(site.build(preview).succeeded()).isTrue();
    // `bulletin build` in another terminal while the preview runs: the index is not locked between
    // builds.
    site.item(
        "content/tin-tuc/bai-13.md",
        """
        title: "Bài số 13 thêm từ dòng lệnh"
        date: 2024-09-13T08:00:00+07:00
        category: "Tin tức - Sự kiện"
        """,
        "Nội dung bài 13.\n");
    BuildResult other = site.build();
    assertThat(other.succeeded()).as(other.diagnostics().toString()).isTrue();
    rewriteItem5(site, "Bài số 5", "Tin tức - Sự kiện", "Nội dung đã sửa.");

    BuildResult rebuilt = site.build(preview);

    TestSite fresh = site(clean);
    fresh.item(
        "content/tin-tuc/bai-13.md",
        """
        title: "Bài số 13 thêm từ dòng lệnh"
        date: 2024-09-13T08:00:00+07:00
        category: "Tin tức - Sự kiện"
        """,
        "Nội dung bài 13.\n");
    rewriteItem5(fresh, "Bài số 5", "Tin tức - Sự kiện", "Nội dung đã sửa.");
    fresh.build();
    assertThat(rebuilt.succeeded()).isTrue();
    assertThat(FileTrees.digest(site.out())).isEqualTo(FileTrees.digest(fresh.out()));
  }

  @Test
  void aNewSessionDoesTheSameWork() {
    BuildResult result =
        rebuildAfter(
            s -> rewriteItem5(s, "Bài số 5 đã sửa tiêu đề", "Tin tức - Sự kiện", "Nội dung bài 5."),
            false);

    assertThat(result.work().read()).containsExactly("content/tin-tuc/bai-5.md");
    assertThat(result.work().rendered())
        .containsExactly(
            "index.html",
            "the/chuyen-doi-so/trang/4/index.html",
            "the/nhom-1/trang/2/index.html",
            "tin-tuc-su-kien/bai-5/index.html",
            "tin-tuc-su-kien/bai-7/index.html",
            "tin-tuc-su-kien/bai-8/index.html",
            "tin-tuc-su-kien/trang/3/index.html");
  }

  @Test
  void editingABodyRendersOnlyItsArticle() {
    BuildResult result =
        rebuildAfter(s -> rewriteItem5(s, "Bài số 5", "Tin tức - Sự kiện", "Nội dung đã sửa."));

    assertThat(result.work().read()).containsExactly("content/tin-tuc/bai-5.md");
    assertThat(result.work().rendered()).containsExactly("tin-tuc-su-kien/bai-5/index.html");
    // The article, the search manifest, and the one unigram and one bigram chunk holding the words
    // that changed.
    assertThat(result.requirePublished().written()).isEqualTo(4);
  }

  @Test
  void editingATitleRendersThePagesThatShowIt() {
    BuildResult result =
        rebuildAfter(
            s ->
                rewriteItem5(s, "Bài số 5 đã sửa tiêu đề", "Tin tức - Sự kiện", "Nội dung bài 5."));

    // The article, the two whose "Các tin khác" list it, the list pages of its category and tags
    // that hold it, and the home page; the feeds show newer items, sitemap.xml addresses only.
    assertThat(result.work().read()).containsExactly("content/tin-tuc/bai-5.md");
    assertThat(result.work().rendered())
        .containsExactly(
            "index.html",
            "the/chuyen-doi-so/trang/4/index.html",
            "the/nhom-1/trang/2/index.html",
            "tin-tuc-su-kien/bai-5/index.html",
            "tin-tuc-su-kien/bai-7/index.html",
            "tin-tuc-su-kien/bai-8/index.html",
            "tin-tuc-su-kien/trang/3/index.html");
  }

  @Test
  void addingAnItem() {
    BuildResult result =
        rebuildAfter(
            s ->
                s.item(
                    "content/tin-tuc/bai-moi.md",
                    """
        title: "Bài mới"
        date: 2024-09-28T08:00:00+07:00
        category: "Tin tức - Sự kiện"
        summary: "Tóm tắt bài mới."
        """,
                    "Nội dung mới.\n"));

    assertThat(result.requirePublished().published()).isEqualTo(ITEMS + 1);
    // The new newest item shifts its category's list by one: every page of it changes.
    assertThat(result.work().read()).containsExactly("content/tin-tuc/bai-moi.md");
    assertThat(result.work().rendered())
        .containsExactly(
            "index.html",
            "rss.xml",
            "sitemap.xml",
            "so-do-trang/index.html",
            "tin-tuc-su-kien/bai-moi/index.html",
            "tin-tuc-su-kien/index.html",
            "tin-tuc-su-kien/rss.xml",
            "tin-tuc-su-kien/trang/2/index.html",
            "tin-tuc-su-kien/trang/3/index.html",
            "tin-tuc-su-kien/trang/4/index.html",
            "tin-tuc-su-kien/trang/5/index.html");
  }

  @Test
  void deletingAnItem() {
    BuildResult result = rebuildAfter(s -> s.delete("content/tin-tuc/bai-4.md"));

    assertThat(result.requirePublished().published()).isEqualTo(ITEMS - 1);
    assertThat(result.work().read()).isEmpty();
    assertThat(result.work().rendered())
        .containsExactly(
            "sitemap.xml",
            "so-do-trang/index.html",
            "the/chuyen-doi-so/trang/5/index.html",
            "the/chuyen-doi-so/trang/6/index.html",
            "the/nhom-0/trang/3/index.html",
            "tin-tuc-su-kien/bai-1/index.html",
            "tin-tuc-su-kien/bai-2/index.html",
            "tin-tuc-su-kien/bai-5/index.html",
            "tin-tuc-su-kien/bai-7/index.html",
            "tin-tuc-su-kien/trang/3/index.html",
            "tin-tuc-su-kien/trang/4/index.html");
  }

  @Test
  void renamingAnItemMovesItsPage() {
    BuildResult result =
        rebuildAfter(s -> move(s, "content/tin-tuc/bai-7.md", "content/tin-tuc/bai-bay.md"));

    assertThat(result.work().read()).containsExactly("content/tin-tuc/bai-bay.md");
    assertThat(result.work().rendered())
        .containsExactly(
            "index.html",
            "sitemap.xml",
            "the/chuyen-doi-so/trang/3/index.html",
            "the/nhom-1/trang/2/index.html",
            "tin-tuc-su-kien/bai-10/index.html",
            "tin-tuc-su-kien/bai-8/index.html",
            "tin-tuc-su-kien/bai-bay/index.html",
            "tin-tuc-su-kien/trang/2/index.html");
  }

  @Test
  void movingAnItemToAnotherCategory() {
    BuildResult result =
        rebuildAfter(s -> rewriteItem5(s, "Bài số 5", "Thông báo", "Nội dung bài 5."));

    assertThat(result.work().read()).containsExactly("content/tin-tuc/bai-5.md");
    assertThat(result.work().rendered())
        .containsExactly(
            "index.html",
            "sitemap.xml",
            "so-do-trang/index.html",
            "the/chuyen-doi-so/trang/4/index.html",
            "the/nhom-1/trang/2/index.html",
            "thong-bao/bai-3/index.html",
            "thong-bao/bai-5/index.html",
            "thong-bao/bai-6/index.html",
            "thong-bao/bai-9/index.html",
            "thong-bao/index.html",
            "thong-bao/trang/2/index.html",
            "thong-bao/trang/3/index.html",
            "tin-tuc-su-kien/bai-7/index.html",
            "tin-tuc-su-kien/bai-8/index.html",
            "tin-tuc-su-kien/trang/3/index.html",
            "tin-tuc-su-kien/trang/4/index.html");
  }

  @Test
  void changingATemplateRendersEveryPageAndWritesThoseItChanged() {
    BuildResult result = rebuildAfter(s -> append(s.dir().resolve("templates/article.ftlh"), "\n"));

    assertThat(result.work().read()).isEmpty();
    assertThat(result.rendered()).isEqualTo(totalPages());
    assertThat(result.requirePublished().written()).isEqualTo(ITEMS);
  }

  @Test
  void changingTheConfigRendersEveryPage() {
    BuildResult result =
        rebuildAfter(
            s -> s.file("bulletin.yaml", TestSite.CONFIG.replace("Bản tin thử", "Bản tin mới")));

    // bulletin.yaml is in every parse's salt; all pages but sitemap.xml, which lists addresses only
    assertThat(result.work().read()).hasSize(ITEMS + 1);
    assertThat(result.rendered()).isEqualTo(totalPages() - 1);
  }

  @Test
  void replacingAPhotoParsesTheItemsThatShowIt() {
    BuildResult result =
        rebuildAfter(
            s -> {
              s.file(
                  "content/anh.svg",
                  "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"800\" height=\"600\"></svg>");
              touch(s.dir().resolve("content/anh.svg"));
            });

    assertThat(result.work().read()).hasSize(ITEMS);
    assertThat(result.work().parsed()).isEqualTo(ITEMS);
    assertThat(result.rendered()).isEqualTo(ITEMS);
  }

  @Test
  void addingAJpegEncodesItAloneAndRendersTheArticleThatShowsIt() {
    BuildResult result =
        rebuildAfter(
            s -> {
              s.bytes("content/tin-tuc/bai-5.jpg", Photos.jpeg(Photos.noise(900, 600, 1), false));
              rewriteItem5(
                  s, "Bài số 5", "Tin tức - Sự kiện", "Nội dung bài 5.\n\n![Vườn](bai-5.jpg)");
            });

    assertThat(result.work().read()).containsExactly("content/tin-tuc/bai-5.md");
    assertThat(result.work().encoded()).containsExactly("tin-tuc/bai-5.jpg");
    assertThat(result.work().rendered()).containsExactly("tin-tuc-su-kien/bai-5/index.html");
  }

  // Item 5 shows two photos of its own.
  private static void withPhotos(TestSite s) {
    s.bytes("content/tin-tuc/bai-5.jpg", Photos.jpeg(Photos.noise(900, 600, 1), false));
    s.bytes("content/tin-tuc/bai-7.jpg", Photos.jpeg(Photos.noise(900, 600, 2), false));
    rewriteItem5(
        s,
        "Bài số 5",
        "Tin tức - Sự kiện",
        "Nội dung bài 5.\n\n![Vườn](bai-5.jpg)\n\n![Ruộng](bai-7.jpg)");
  }

  @Test
  void replacingAJpegWithOneOfTheSameSizeEncodesOnlyItAndRendersNoPage() {
    BuildResult result =
        rebuildAfter(
            IncrementalBuildTest::withPhotos,
            s ->
                s.bytes("content/tin-tuc/bai-5.jpg", Photos.jpeg(Photos.noise(900, 600, 3), false)),
            true);

    // The copies change; the page naming them does not.
    assertThat(result.work().read()).containsExactly("content/tin-tuc/bai-5.md");
    assertThat(result.work().encoded()).containsExactly("tin-tuc/bai-5.jpg");
    assertThat(result.work().rendered()).isEmpty();
  }

  @Test
  void replacingAJpegWithATallerOneRendersTheArticleThatShowsIt() {
    BuildResult result =
        rebuildAfter(
            IncrementalBuildTest::withPhotos,
            s ->
                s.bytes("content/tin-tuc/bai-5.jpg", Photos.jpeg(Photos.noise(600, 900, 3), false)),
            false);

    assertThat(result.work().encoded()).containsExactly("tin-tuc/bai-5.jpg");
    assertThat(result.work().rendered()).containsExactly("tin-tuc-su-kien/bai-5/index.html");
  }

  /** Item 5 written again with the given title, category and body. */
  private static void rewriteItem5(TestSite site, String title, String category, String body) {
    site.item(
        "content/tin-tuc/bai-5.md",
        """
        title: "%s"
        date: 2024-09-05T08:00:00+07:00
        category: "%s"
        summary: "Tóm tắt bài 5."
        tags: ["Chuyển đổi số", "Nhóm 1"]
        """
            .formatted(title, category),
        body + "\n\n![Ảnh](../anh.svg)\n");
  }

  private int totalPages() {
    // Pages come from templates: every HTML page, feed and sitemap.xml.
    return (int)
        FileTrees.list(clean.resolve("site")).stream()
            .filter(p -> p.endsWith(".html") || p.endsWith(".xml"))
            .count();
  }

  private static void move(TestSite site, String from, String to) {
    try {
      Files.move(site.dir().resolve(from), site.dir().resolve(to));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void append(Path file, String text) {
    try {
      Files.writeString(file, text, java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // A photo replaced within the same second as it was written still counts as changed.
  private static void touch(Path file) {
    try {
      Files.setLastModifiedTime(
          file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 2000));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path resolved(Path link) {
    try {
      return link.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
