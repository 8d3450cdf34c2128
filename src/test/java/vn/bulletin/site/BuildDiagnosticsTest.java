package vn.bulletin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bulletin.pipeline.BuildResult;

/** Each editor's mistake gives its exact message and exit code, and publishes nothing. */
class BuildDiagnosticsTest {
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

  private TestSite.Run failingBuild(TestSite site) {
    TestSite.Run run = site.cliBuild();
    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(site.exists("index.html")).isFalse();
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    return run;
  }

  @Test
  void unknownFieldSuggestsTheClosestOne() {
    TestSite site =
        site()
            .item(
                "content/tin/a.md",
                """
        title: "A"
        date: 2024-09-19
        category: "Tin tức - Sự kiện"
        categry: "Thông báo"
        """,
                "x\n");

    assertThat(failingBuild(site).err())
        .isEqualTo(
            """
        content/tin/a.md:5:1: error: unknown field "categry"
            5 | categry: "Thông báo"
              | ^^^^^^^
        hint: did you mean "category"?
        1 error; nothing was published.
        """);
  }

  @Test
  void missingRequiredFieldIsNamed() {
    TestSite site =
        site()
            .item(
                "content/tin/a.md",
                """
        title: "A"
        date: 2024-09-19
        """,
                "x\n");

    assertThat(failingBuild(site).err())
        .isEqualTo(
            """
        content/tin/a.md:1: error: missing required field "category"
            1 | ---
        1 error; nothing was published.
        """);
  }

  @Test
  void dateThatDoesNotExistIsRefused() {
    TestSite site =
        site()
            .item(
                "content/tin/a.md",
                """
        title: "A"
        date: 2024-02-30
        category: "Tin tức - Sự kiện"
        """,
                "x\n");

    assertThat(failingBuild(site).err())
        .isEqualTo(
            """
        content/tin/a.md:3:7: error: date "2024-02-30" does not exist
            3 | date: 2024-02-30
              |       ^^^^^^^^^^
        hint: check the day and the month
        1 error; nothing was published.
        """);
  }

  @Test
  void dateInAnotherFormatShowsTheIsoForm() {
    TestSite site =
        site()
            .item(
                "content/tin/a.md",
                """
        title: "A"
        date: "19/09/2024"
        category: "Tin tức - Sự kiện"
        """,
                "x\n");

    assertThat(failingBuild(site).err())
        .contains(
            """
        content/tin/a.md:3:7: error: date "19/09/2024" is not an ISO 8601 date
            3 | date: "19/09/2024"
              |       ^^^^^^^^^^^^
        hint: write it as 2024-09-19 or 2024-09-19T08:30:00+07:00
        """);
  }

  @Test
  void twoItemsWithOneUrlNameBothFiles() {
    TestSite site =
        site()
            .item(
                "content/tin/b.md",
                """
        title: "B"
        date: 2024-09-19
        category: "Tin tức - Sự kiện"
        slug: ok
        """,
                "x\n");

    assertThat(failingBuild(site).err())
        .isEqualTo(
            """
        content/tin/b.md:5:7: error: URL /tin-tuc-su-kien/ok/ is also the URL of content/tin/ok.md
            5 | slug: ok
              |       ^^
        hint: give one of them a different "slug:" or file name
        content/tin/ok.md:1: error: URL /tin-tuc-su-kien/ok/ is also the URL of content/tin/b.md
            1 | ---
        hint: give one of them a different "slug:" or file name
        2 errors; nothing was published.
        """);
  }

  @Test
  void twoSlugsWithOneUrlPointAtBothSlugLines() {
    TestSite site =
        site()
            .item(
                "content/tin/hai.md",
                """
        title: "Hai"
        slug: "trung-lap"
        date: 2024-09-19
        category: "Tin tức - Sự kiện"
        """,
                "x\n")
            .item(
                "content/tin/mot.md",
                """
        title: "Một"
        date: 2024-09-19
        category: "Tin tức - Sự kiện"
        slug: trung-lap
        """,
                "x\n");

    assertThat(failingBuild(site).err())
        .isEqualTo(
            """
        content/tin/hai.md:3:7: error: URL /tin-tuc-su-kien/trung-lap/ is also the URL of content/tin/mot.md
            3 | slug: "trung-lap"
              |       ^^^^^^^^^^^
        hint: give one of them a different "slug:" or file name
        content/tin/mot.md:5:7: error: URL /tin-tuc-su-kien/trung-lap/ is also the URL of content/tin/hai.md
            5 | slug: trung-lap
              |       ^^^^^^^^^
        hint: give one of them a different "slug:" or file name
        2 errors; nothing was published.
        """);
  }

  @Test
  void brokenInternalLinkAndMissingPhotoPointAtTheirLine() {
    TestSite site =
        site()
            .item(
                "content/tin/a.md",
                """
        title: "A"
        date: 2024-09-19
        category: "Tin tức - Sự kiện"
        """,
                "Xem [bài](/tin-tuc-su-kien/khong-co/).\n\n![Ảnh](anh-thieu.jpg)\n");

    assertThat(failingBuild(site).err())
        .isEqualTo(
            """
        content/tin/a.md:7:11: error: link "/tin-tuc-su-kien/khong-co/" leads to no page of the site
            7 | Xem [bài](/tin-tuc-su-kien/khong-co/).
              |           ^^^^^^^^^^^^^^^^^^^^^^^^^^
        hint: check the address; internal links look like /tin-tuc-su-kien/ten-bai/
        content/tin/a.md:9:8: error: photo "anh-thieu.jpg" not found
            9 | ![Ảnh](anh-thieu.jpg)
              |        ^^^^^^^^^^^^^
        hint: put the photo beside the item or under content/, and check the name's case
        2 errors; nothing was published.
        """);
  }

  @Test
  void internalLinkToAnExistingItemIsAccepted() {
    TestSite site =
        site()
            .item(
                "content/tin/a.md",
                """
        title: "A"
        date: 2024-09-19
        category: "Tin tức - Sự kiện"
        """,
                "Xem [bài](/tin-tuc-su-kien/ok/) và [mục](/thong-bao/).\n");

    assertThat(site.cliBuild().exitCode()).isZero();
    assertThat(site.read("tin-tuc-su-kien/a/index.html"))
        .contains("<a href=\"../../tin-tuc-su-kien/ok/\">bài</a>");
  }

  @Test
  void fileThatIsNotUtf8IsRefused() {
    byte[] latin1 = "---\ntitle: \"Hàm\"\n---\n".getBytes(StandardCharsets.ISO_8859_1);
    TestSite site = site().bytes("content/tin/a.md", latin1);

    assertThat(failingBuild(site).err())
        .isEqualTo(
            """
        content/tin/a.md:2: error: file is not UTF-8 text
        hint: save it with the UTF-8 encoding (in Word: Save As, Plain Text, Unicode (UTF-8))
        1 error; nothing was published.
        """);
  }

  @Test
  void emptyFileIsRefused() {
    TestSite site = site().file("content/tin/a.md", "\n");

    assertThat(failingBuild(site).err())
        .isEqualTo(
            """
        content/tin/a.md: error: file is empty; a news item starts with front matter between "---" lines
        1 error; nothing was published.
        """);
  }

  @Test
  void malformedYamlPointsAtTheFileLine() {
    TestSite site = site().file("content/tin/a.md", "---\ntitle: \"A\"\n  date: [\n---\nx\n");

    assertThat(failingBuild(site).err())
        .startsWith("content/tin/a.md:3:")
        .contains("error: malformed YAML");
  }

  @Test
  void yamlAliasesAndTagsThatCouldBuildObjectsAreRefused() {
    TestSite site =
        site()
            .file("content/tin/a.md", "---\ntitle: &t \"A\"\nsummary: *t\n---\nx\n")
            .file("content/tin/b.md", "---\ntitle: !!java.net.URL \"http://x\"\n---\nx\n");

    assertThat(failingBuild(site).err())
        .isEqualTo(
            """
        content/tin/a.md:2:8: error: YAML anchors and aliases (&, *) are not allowed
            2 | title: &t "A"
              |        ^
        content/tin/b.md:2:8: error: YAML tag "!!java.net.URL" is not allowed
            2 | title: !!java.net.URL "http://x"
              |        ^
        2 errors; nothing was published.
        """);
  }

  @Test
  void frontMatterMissingIsExplained() {
    TestSite site = site().file("content/tin/a.md", "# Tiêu đề\n\nNội dung\n");

    assertThat(failingBuild(site).err())
        .isEqualTo(
            """
        content/tin/a.md:1:1: error: front matter is missing
            1 | # Tiêu đề
              | ^^^^^^^^^
        hint: start the file with a line "---", the fields (title:, date:, category:), and another "---"
        1 error; nothing was published.
        """);
  }

  @Test
  void allErrorsOfABuildAreReportedTogether() {
    TestSite site =
        site()
            .file("content/tin/a.md", "\n")
            .item(
                "content/tin/b.md",
                "title: \"B\"\ndate: 2024-02-30\ncategory: \"Tin tức - Sự kiện\"",
                "x\n");

    TestSite.Run run = failingBuild(site);

    assertThat(run.err())
        .contains("content/tin/a.md: error:")
        .contains("content/tin/b.md:3:7: error:")
        .endsWith("2 errors; nothing was published.\n");
  }

  @Test
  void templateMistakeNamesTemplateAndPageOnce() throws Exception {
    TestSite site =
        site()
            .item(
                "content/tin/b.md",
                "title: \"B\"\ndate: 2024-09-01\ncategory: \"Tin tức - Sự kiện\"",
                "x\n");
    Path template = dir.resolve("templates/article.ftlh");
    Files.writeString(
        template, Files.readString(template).replace("${item.title}", "${item.autor}"));

    String err = failingBuild(site).err();

    assertThat(err)
        .startsWith("templates/article.ftlh:")
        .contains(
            "error: \"item.autor\" is undefined (while rendering content/tin/b.md and 1 other page)");
    assertThat(err.lines().filter(l -> l.contains("error:")).count()).isEqualTo(1);
  }

  @Test
  void configMistakeIsAUsageError() {
    TestSite site = site().file("bulletin.yaml", "site:\n  nmae: \"Bản tin\"\n");

    TestSite.Run run = site.cliBuild();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            """
        bulletin.yaml:2:3: error: unknown setting "nmae"
            2 |   nmae: "Bản tin"
              |   ^^^^
        hint: did you mean "name"?
        1 error; fix bulletin.yaml; nothing was published.
        """);
  }

  @Test
  void rawHtmlIsDroppedWithAWarningThatNamesItsLine() {
    TestSite site =
        site()
            .item(
                "content/tin/a.md",
                """
        title: "A"
        date: 2024-09-19
        category: "Tin tức - Sự kiện"
        """,
                "Đoạn một.\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n");

    TestSite.Run run = site.cliBuild();

    assertThat(run.exitCode()).isZero();
    assertThat(run.err())
        .contains("content/tin/a.md:9: warning: raw HTML is not rendered")
        .contains("content/tin/a.md:11: warning: raw HTML is not rendered")
        .endsWith("2 warnings\n");
    assertThat(site.read("tin-tuc-su-kien/a/index.html"))
        .doesNotContain("alert(1)")
        .doesNotContain("onerror");
  }

  @Test
  void slugThatCouldLeaveTheSiteIsRefused() {
    TestSite site =
        site()
            .item(
                "content/tin/a.md",
                """
        title: "A"
        date: 2024-09-19
        category: "Tin tức - Sự kiện"
        slug: "../../etc"
        """,
                "x\n");

    assertThat(failingBuild(site).err())
        .contains(
            "content/tin/a.md:5:7: error: slug \"../../etc\" may hold only a-z, 0-9 and single hyphens");
  }

  @Test
  void deeplyNestedMarkdownRendersOnTheDeepStack() {
    TestSite site =
        site()
            .item(
                "content/tin/a.md",
                """
        title: "A"
        date: 2024-09-19
        category: "Tin tức - Sự kiện"
        """,
                "> ".repeat(3000) + "sâu\n");

    assertThat(site.build().succeeded()).isTrue();
  }

  @Test
  void markdownOverItsTimeBudgetIsAnErrorNotAHang() {
    TestSite site =
        site()
            .item(
                "content/tin/a.md",
                """
        title: "A"
        date: 2024-09-19
        category: "Tin tức - Sự kiện"
        """,
                "Văn bản của một bài rất dài.\n\n".repeat(40_000));

    BuildResult result = site.build(site.options().withFileBudget(Duration.ofMillis(1)));

    assertThat(result.succeeded()).isFalse();
    assertThat(result.diagnostics())
        .anySatisfy(
            d -> assertThat(d.message()).isEqualTo("Markdown took longer than 0 s to render"));
  }

  @Test
  void cmarksPathologicalEmphasisRendersWithAWarningAtItsLine() {
    TestSite site =
        site()
            .item(
                "content/tin/a.md",
                """
        title: "A"
        date: 2024-09-19
        category: "Tin tức - Sự kiện"
        """,
                "Mở đầu.\n\n" + "a**b" + "c* ".repeat(15_000) + "\n");

    BuildResult result = site.build(site.options().withFileBudget(Duration.ofSeconds(10)));

    assertThat(result.succeeded()).isTrue();
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.lineNumber()).isEqualTo(9);
              assertThat(d.message())
                  .isEqualTo(
                      "more than 200 runs of *, _ or ~ in one paragraph; from here on they show as typed");
            });
  }

  @Test
  void symbolicLinkLeadingOutsideContentIsRefused() throws Exception {
    TestSite site = site();
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "mật khẩu");
    Files.createSymbolicLink(dir.resolve("content/tin/ro-ri.txt"), secret);
    Files.createSymbolicLink(dir.resolve("content/tin/thu-muc"), dir);
    Files.createSymbolicLink(dir.resolve("content/tin/mat.jpg"), dir.resolve("khong-co.jpg"));

    assertThat(failingBuild(site).err())
        .isEqualTo(
            """
        content/tin/mat.jpg: error: symbolic link leads to no file; remove it or copy the file in
        content/tin/ro-ri.txt: error: symbolic link leads outside content/; copy the file in instead
        content/tin/thu-muc: error: symbolic link leads outside content/; copy the file in instead
        3 errors; nothing was published.
        """);
  }

  @Test
  void pageWhoseUrlIsACategoryIsRefused() {
    TestSite site = site().item("content/pages/thong-bao.md", "title: \"Thông báo\"", "x\n");

    assertThat(failingBuild(site).err())
        .isEqualTo(
            """
        content/pages/thong-bao.md:1: error: URL /thong-bao/ is also the URL of a generated page
            1 | ---
        hint: give one of them a different "slug:" or file name
        1 error; nothing was published.
        """);
  }
}
