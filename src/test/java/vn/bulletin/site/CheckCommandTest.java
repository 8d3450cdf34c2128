package vn.bulletin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bulletin check}: the build's own checks and the editorial warnings, exact texts and exit
 * codes.
 */
class CheckCommandTest {
  private static final String FIELDS =
      """
      title: "Bài đúng"
      date: 2024-09-19
      category: "Tin tức - Sự kiện"
      summary: "Tóm tắt."
      """;

  @TempDir Path dir;

  private TestSite site() {
    return TestSite.in(dir).item("content/tin/ok.md", FIELDS, "Nội dung.\n");
  }

  @Test
  void cleanContentPassesEvenWhenStrictAndPublishesNothing() {
    TestSite site = site();

    TestSite.Run run = site.cliCheck("--strict");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).isEqualTo("no problems found: 1 items to publish\n");
    assertThat(site.dir().resolve("site")).doesNotExist();
    assertThat(site.dir().resolve(".bulletin")).doesNotExist();
  }

  @Test
  void buildErrorsAreReportedAsTheBuildReportsThem() {
    TestSite site =
        site()
            .item(
                "content/tin/a.md",
                """
        title: "A"
        date: 2024-02-30
        category: "Tin tức - Sự kiện"
        summary: "x"
        """,
                "x\n");

    TestSite.Run run = site.cliCheck();

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            """
        content/tin/a.md:3:7: error: date "2024-02-30" does not exist
            3 | date: 2024-02-30
              |       ^^^^^^^^^^
        hint: check the day and the month
        1 error; the site would not build.
        """);
  }

  @Test
  void warningsPassWithoutStrictAndFailWithIt() {
    TestSite site =
        site()
            .item(
                "content/tin/a.md",
                """
        title: "A"
        date: 2024-09-19
        category: "Tin tức - Sự kiện"
        """,
                "x\n");
    String expected =
        """
        content/tin/a.md:1: warning: item has no summary
            1 | ---
        hint: add "summary:" with the lead paragraph; lists and feeds now show the start of the text
        1 warning
        """;

    TestSite.Run lenient = site.cliCheck();
    TestSite.Run strict = site.cliCheck("--strict");

    assertThat(lenient.exitCode()).isZero();
    assertThat(lenient.err()).isEqualTo(expected);
    assertThat(strict.exitCode()).isEqualTo(1);
    assertThat(strict.err()).isEqualTo(expected);
  }

  @Test
  void photoWithoutAltTextIsNamedAtItsPlace() {
    TestSite site =
        site()
            .file("content/tin/b/anh.svg", SVG)
            .item(
                "content/tin/b/index.md",
                FIELDS,
                "Mở đầu.\n\nẢnh: ![](anh.svg)\n\n![Có mô tả](anh.svg)\n");

    assertThat(site.cliCheck().err())
        .isEqualTo(
            """
        content/tin/b/index.md:10:6: warning: photo "anh.svg" has no alt text
            10 | Ảnh: ![](anh.svg)
               |      ^^^^^^^^^^^^
        hint: describe the photo between the brackets, e.g. ![Quang cảnh buổi lễ](anh-1.jpg)
        1 warning
        """);
  }

  @Test
  void photoOverTwoMegabytesIsTooHeavy() {
    TestSite site =
        site()
            .bytes("content/uploads/lon.jpg", new byte[3 * 1024 * 1024 + 200_000])
            .bytes("content/uploads/nho.jpg", new byte[2 * 1024 * 1024])
            .bytes("content/uploads/tai-lieu.pdf", new byte[3 * 1024 * 1024]);

    assertThat(site.cliCheck().err())
        .isEqualTo(
            """
        content/uploads/lon.jpg: warning: photo is 3.2 MB, over the 2 MB limit
        hint: resize it to about 1600 px wide or save it with a lower JPEG quality; heavy photos load slowly on phones
        1 warning
        """);
  }

  @Test
  void decomposedFileIsNamedAtItsFirstDecomposedLetter() {
    String nfd = Normalizer.normalize("Xã Hàm Cần.\n", Normalizer.Form.NFD);
    TestSite site = site().item("content/tin/a.md", FIELDS, "Mở đầu.\n\nTại " + nfd);

    assertThat(site.cliCheck().err())
        .isEqualTo(
            """
        content/tin/a.md:10:6: warning: text is in decomposed Unicode (NFD)
            10 | Tại Xã Hàm Cần.
               |      ^
        hint: the build composes it, but other tools may not: save the file as composed Unicode (NFC)
        1 warning
        """);
  }

  @Test
  void twoTonePlacementsInOneItemAreNamedWithTheUsualOne() {
    TestSite site =
        site()
            .item(
                "content/tin/a.md",
                FIELDS,
                "Hòa bình và thủy lợi.\n\nSức khỏe của Nhân dân.\n\nCông tác thuỷ lợi.\n");

    assertThat(site.cliCheck().err())
        .isEqualTo(
            """
        content/tin/a.md:12:10: warning: tone marks are placed two ways in this file: "thuỷ" here, "Hòa" on line 8
            12 | Công tác thuỷ lợi.
               |          ^^^^
        hint: keep to one style, here the new one: hòa, khỏe, thủy
        1 warning
        """);
  }

  @Test
  void oneStyleAndQuSyllablesAreNotMixed() {
    TestSite site =
        site()
            .item(
                "content/tin/a.md",
                FIELDS,
                "Hoà bình, thuỷ lợi, khoẻ mạnh; quý khách, quỳ xuống, hoàng hôn, khuya.\n");

    assertThat(site.cliCheck("--strict").exitCode()).isZero();
  }

  @Test
  void tcvn3TextPastedFromAnOldDocumentIsFlagged() {
    TestSite site =
        site()
            .item("content/tin/a.md", FIELDS, "Đoạn đúng.\n\nCéng hoµ x· héi chñ nghÜa ViÖt Nam\n");

    assertThat(site.cliCheck().err())
        .isEqualTo(
            """
        content/tin/a.md:10:6: warning: text looks like an old Vietnamese font encoding (TCVN3 or VNI): "hoµ"
            10 | Céng hoµ x· héi chñ nghÜa ViÖt Nam
               |      ^^^
        hint: it was pasted from a document in .VnTime or VNI-Times; convert it to Unicode (UniKey: Công cụ chuyển mã) or retype it
        1 warning
        """);
  }

  @Test
  void vniTextPastedFromAnOldDocumentIsFlagged() {
    TestSite site =
        site().item("content/tin/a.md", FIELDS, "Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\n");

    assertThat(site.cliCheck().err())
        .startsWith(
            "content/tin/a.md:8:1: warning: text looks like an old Vietnamese font encoding (TCVN3 or VNI): \"Coäng\"\n");
  }

  @Test
  void foreignNamesAndSignsAreNotMojibake() {
    TestSite site =
        site()
            .item(
                "content/tin/a.md",
                FIELDS,
                "Ông Müller (Đức) đến «Hàm Cần» lúc 30°C, diện tích 3×4 m; © 2024 Sở TT&TT. Nhiệt độ ½ ngày.\n");

    assertThat(site.cliCheck("--strict").exitCode()).isZero();
  }

  @Test
  void headlineOver150CharactersIsTooLong() {
    String title = "Hội nghị ".repeat(17).strip();
    TestSite site = site().item("content/tin/a.md", FIELDS.replace("Bài đúng", title), "x\n");

    assertThat(site.cliCheck().err())
        .isEqualTo(
            "content/tin/a.md:2:8: warning: headline is "
                + title.length()
                + " characters long, over 150\n    2 | title: \""
                + title
                + "\"\n      |        ^\n"
                + "hint: shorten it; long headlines are cut in lists, feeds and search results\n1 warning\n");
  }

  @Test
  void categoryMissingFromTheConfigIsAWarning() {
    TestSite site =
        site().item("content/tin/a.md", FIELDS.replace("Tin tức - Sự kiện", "Tin nóng"), "x\n");

    assertThat(site.cliCheck().err())
        .isEqualTo(
            """
        content/tin/a.md:4:11: warning: category "Tin nóng" is not in bulletin.yaml, so it is not in the menu
            4 | category: "Tin nóng"
              |           ^^^^^^^^^^
        hint: add it under categories: in bulletin.yaml
        1 warning
        """);
  }

  @Test
  void categorySpelledWithoutDiacriticsCannotTakeTheConfiguredOnesUrl() {
    TestSite site =
        site()
            .item(
                "content/tin/a.md",
                FIELDS.replace("Tin tức - Sự kiện", "Tin tuc - Su kien"),
                "x\n");

    TestSite.Run run = site.cliCheck();

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            """
        content/tin/a.md:4:11: error: category "Tin tuc - Su kien" is not in bulletin.yaml, but its URL /tin-tuc-su-kien/ is that of "Tin tức - Sự kiện"
            4 | category: "Tin tuc - Su kien"
              |           ^^^^^^^^^^^^^^^^^^^
        hint: write it as bulletin.yaml does: "Tin tức - Sự kiện"
        1 error; the site would not build.
        """);
  }

  private static final String SVG =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"3\"></svg>\n";
}
