package vn.bulletin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bulletin.testing.AttachmentFiles;
import vn.bulletin.testing.FileTrees;

/** The shaded jar, run as an admin would: exit codes, output, and no stack traces for mistakes. */
class BulletinJarIT {
  @TempDir Path dir;

  private void copySample(boolean withTemplates) throws IOException {
    FileTrees.copy(Path.of("content"), dir.resolve("content"));
    Files.copy(Path.of("bulletin.yaml"), dir.resolve("bulletin.yaml"));
    if (withTemplates) {
      FileTrees.copy(Path.of("templates"), dir.resolve("templates"));
    }
  }

  @Test
  void printsItsVersion() throws Exception {
    JarRunner.Result run = JarRunner.run(dir, "--version");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("bulletin 0.");
  }

  @Test
  void buildsTheSampleSite() throws Exception {
    copySample(true);

    JarRunner.Result run = JarRunner.run(dir, "build", "--clock", "2026-11-28T00:00:00Z");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern("^\\d+ bài · \\d+ trang · \\d+,\\d+ s\n")
        .contains(" mới hoặc đã đổi · tìm kiếm ")
        .contains("next scheduled: 2027-01-15T08:00+07:00")
        .doesNotContain("\r");
    assertThat(Files.readString(dir.resolve("site/index.html"))).contains("Hàm Cần");
    String article =
        Files.readString(
            dir.resolve("site/tin-tuc-su-kien/ky-ket-ket-nghia-xa-ham-can/index.html"));
    assertThat(article)
        .contains("Thứ Năm, 19/09/2024")
        .contains("<figcaption>")
        .contains("Các tin khác")
        .contains("lang=\"vi\"");
    assertThat(Files.readString(dir.resolve("site/about-us/index.html"))).contains("lang=\"en\"");
  }

  // PDFBox and POI find parts of themselves through the class path; the jar must hold them all, and
  // print nothing of their logging.
  @Test
  void findsTheWordsInsideADocumentsPdfAndDocx() throws Exception {
    copySample(true);
    Path bundle = dir.resolve("content/van-ban/ke-hoach-moi");
    Files.createDirectories(bundle);
    Files.write(
        bundle.resolve("toan-van.pdf"),
        AttachmentFiles.pdf(3, "Phương án bảo tồn rùa biển ở Hòn Cau"));
    Files.write(
        bundle.resolve("phu-luc.docx"), AttachmentFiles.docx("Danh mục thiết bị quan trắc độ mặn"));
    Files.writeString(
        bundle.resolve("index.md"),
        """
        ---
        so-ky-hieu: "77/KH-UBND"
        loai: "Kế hoạch"
        co-quan: "Ủy ban nhân dân tỉnh"
        ngay-ban-hanh: 2024-11-02
        nguoi-ky: "Người ký mẫu"
        trich-yeu: "Kế hoạch mẫu"
        linh-vuc: "Môi trường"
        files:
          - title: "Toàn văn"
            path: toan-van.pdf
          - title: "Phụ lục"
            path: phu-luc.docx
        ---
        """);
    JarRunner.Result build = JarRunner.run(dir, "build", "--clock", "2026-11-28T00:00:00Z");
    assertThat(build.exitCode()).as(build.err()).isZero();
    assertThat(build.err()).isEmpty();

    for (String query : new String[] {"rua bien hon cau", "thiết bị quan trắc độ mặn"}) {
      JarRunner.Result run = JarRunner.run(dir, "search", "--json", query);
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.out()).as(query).startsWith("[\n  {\"url\":\"/van-ban/ke-hoach-moi/\"");
      assertThat(run.err()).isEmpty();
    }
  }

  @Test
  void searchesTheIndexTheBuildSaved() throws Exception {
    copySample(true);
    assertThat(JarRunner.run(dir, "build", "--clock", "2026-11-28T00:00:00Z").exitCode()).isZero();

    JarRunner.Result run = JarRunner.run(dir, "search", "--json", "ham can");

    assertThat(run.exitCode()).as(run.err()).isZero();
    // The item and the notice it cites, both about Hàm Cần, are the first two results.
    List<String> urls =
        run.out()
            .lines()
            .filter(l -> l.startsWith("  {\"url\":"))
            .limit(2)
            .map(
                l ->
                    l.substring("  {\"url\":\"".length(), l.indexOf('"', "  {\"url\":\"".length())))
            .sorted()
            .toList();
    assertThat(urls)
        .containsExactly(
            "/tin-tuc-su-kien/ky-ket-ket-nghia-xa-ham-can/", "/van-ban/thong-bao-417-tb-tu/");
    assertThat(dir.resolve("site/search/manifest.json")).exists();
  }

  @Test
  void buildsWithTheTemplatesInsideTheJar() throws Exception {
    copySample(false);

    JarRunner.Result run = JarRunner.run(dir, "build");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(dir.resolve("site/assets/style.css")).exists();
    assertThat(dir.resolve("site/assets/search.js")).exists();
    assertThat(Files.readString(dir.resolve("site/tim-kiem/index.html")))
        .contains("id=\"search-results\"");
    assertThat(Files.readString(dir.resolve("site/index.html"))).contains("Lượt truy cập");
  }

  @Test
  void contentMistakeExitsWithOneAndNoStackTrace() throws Exception {
    copySample(true);
    Files.writeString(
        dir.resolve("content/thong-bao/hong.md"),
        "---\ntitle: \"Hỏng\"\ndate: \"ngày 30/02\"\n---\n");

    JarRunner.Result run = JarRunner.runWithLocale(dir, "C", "build");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains(
            "content/thong-bao/hong.md:3:7: error: date \"ngày 30/02\" is not an ISO 8601 date")
        .contains("nothing was published.")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(dir.resolve("site")).doesNotExist();
  }

  @Test
  void configMistakeExitsWithTwo() throws Exception {
    copySample(true);
    Files.writeString(dir.resolve("bulletin.yaml"), "lists:\n  page-size: -1\n");

    JarRunner.Result run = JarRunner.run(dir, "build");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("bulletin.yaml:2:14: error:").doesNotContain("Exception");
  }

  @Test
  void unknownOptionExitsWithTwo() throws Exception {
    JarRunner.Result run = JarRunner.run(dir, "build", "--no-such-option");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--no-such-option'");
  }

  @Test
  void newPrintsThePathOfTheFileItMade() throws Exception {
    copySample(true);

    JarRunner.Result run =
        JarRunner.run(dir, "new", "Hội nghị tổng kết năm", "--category", "Thông báo");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo("content/thong-bao/hoi-nghi-tong-ket-nam.md\n");
    assertThat(Files.readString(dir.resolve("content/thong-bao/hoi-nghi-tong-ket-nam.md")))
        .contains("title: \"Hội nghị tổng kết năm\"")
        .contains("category: \"Thông báo\"");
  }
}
