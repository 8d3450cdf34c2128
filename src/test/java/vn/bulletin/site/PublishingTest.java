package vn.bulletin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a site may be published, and what {@code --verbose} tells an admin. */
class PublishingTest {
  @TempDir Path dir;

  private TestSite site() {
    return TestSite.in(dir)
        .item(
            "content/tin/ok.md",
            """
        title: "Bài đúng"
        date: 2024-09-19
        category: "Tin tức - Sự kiện"
        """,
            "Nội dung.\n");
  }

  @Test
  void siteFolderThatIsOrHoldsWhatTheBuildReadsIsRefused() throws Exception {
    TestSite site = site();
    Path content = dir.resolve("content");

    TestSite.Run intoContent = site.cliBuild("--out", content.toString());
    TestSite.Run intoSource = site.cliBuild("--out", dir.toString());
    TestSite.Run aboveSource = site.cliBuild("--out", dir.getParent().toString());
    TestSite.Run insideTemplates = site.cliBuild("--out", dir.resolve("templates/site").toString());

    assertThat(intoContent.exitCode()).isEqualTo(2);
    assertThat(intoContent.err())
        .isEqualTo(
            "error: the site folder "
                + content
                + " is content/; publishing replaces it, so choose another --out\n");
    assertThat(intoSource.err()).contains(" is the source folder;");
    assertThat(aboveSource.err()).contains(" holds the source folder;");
    assertThat(insideTemplates.err()).contains(" lies inside templates/;");
    assertThat(Files.isSymbolicLink(content)).isFalse();
    assertThat(content.resolve("tin/ok.md")).exists();
  }

  @Test
  void existingFolderThatHoldsNoSiteIsLeftAlone() throws Exception {
    TestSite site = site();
    Path notes = dir.resolve("ghi-chu/so-tay.txt");
    Files.createDirectories(notes.getParent());
    Files.writeString(notes, "không được mất");

    TestSite.Run run = site.cliBuild("--out", notes.getParent().toString());

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(run.err())
        .isEqualTo(
            "ghi-chu: error: cannot write the site: is a folder that holds no site"
                + " (no index.html); choose another --out or empty it\n"
                + "hint: the previous site is unchanged; free some space or fix the permissions and build again\n"
                + "1 error; nothing was published.\n");
    assertThat(notes).hasContent("không được mất");
    assertThat(Files.isSymbolicLink(notes.getParent())).isFalse();
  }

  @Test
  void verboseBuildTellsEachStageAndPublishingStep() {
    TestSite site = site();
    site.cliBuild();
    site.item(
        "content/tin/moi.md", "title: \"Mới\"\ndate: 2024-09-20\ncategory: \"Thông báo\"", "x\n");

    TestSite.Run run = site.cliBuild("--verbose");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines().limit(9))
        .containsExactly(
            "load: 2 items, 0 pages read, 0 unread (unchanged), 0 other files",
            "parse: 2 items, 0 pages (1 parsed, 1 from the cache)",
            "plan: 2 items published, 12 pages, 11 files to copy, 0 photos",
            "publish: staging 000002",
            "render: 7 of 12 pages rendered, 24 files",
            "index: 1 of 2 items analysed, 2 term records read, 8 search files (1 kept)",
            "publish: staged 000002 (32 files)",
            "publish: released 000002",
            "publish: switched site -> 000002");
    assertThat(run.out().lines().skip(9))
        .hasSize(2)
        .satisfiesExactly(
            summary -> assertThat(summary).matches("2 bài · 12 trang · \\d+,\\d+ s"),
            written ->
                assertThat(written)
                    .startsWith(site.out() + ": 32 tệp, 13 mới hoặc đã đổi · tìm kiếm "));
  }

  @Test
  void verboseBuildOfUnchangedContentSaysTheSiteStays() {
    TestSite site = site();
    site.cliBuild();

    TestSite.Run run = site.cliBuild("--verbose");

    assertThat(run.out()).contains("publish: unchanged, site stays at 000001\n");
  }
}
