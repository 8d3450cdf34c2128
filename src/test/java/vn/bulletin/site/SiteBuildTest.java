package vn.bulletin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bulletin.pipeline.BuildResult;
import vn.bulletin.testing.FileTrees;

class SiteBuildTest {
  @TempDir Path dir;

  private TestSite site() {
    return TestSite.in(dir)
        .item(
            "content/tin-tuc/ham-can/index.md",
            """
            title: "Lễ ký kết kết nghĩa xã Hàm Cần"
            date: 2024-09-19T09:00:00+07:00
            category: "Tin tức - Sự kiện"
            tags: ["Hàm Cần", "Kết nghĩa"]
            featured: true
            """,
            """
            Đoạn mở đầu của bài.

            ![Quang cảnh buổi lễ](anh-1.svg)

            *Quang cảnh buổi lễ.*

            ./.
            """)
        .file(
            "content/tin-tuc/ham-can/anh-1.svg",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"480\"></svg>")
        .item(
            "content/tin-tuc/hoi-nghi.md",
            """
            title: "Hội nghị chuyển đổi số"
            date: 2024-09-10
            category: "Tin tức - Sự kiện"
            summary: "Tóm tắt hội nghị."
            tags: ["Chuyển đổi số"]
            """,
            "Nội dung.\n")
        .item(
            "content/tin-tuc/tap-huan.md",
            """
            title: "Tập huấn kỹ năng số"
            date: 2024-09-25T08:00:00+07:00
            category: "Tin tức - Sự kiện"
            tags: ["Chuyển đổi số"]
            """,
            "Nội dung tập huấn.\n")
        .item(
            "content/thong-bao/lich-tiep.md",
            """
            title: "Lịch tiếp công dân"
            date: 2024-10-01T08:00:00+07:00
            category: "Thông báo"
            """,
            "Lịch tiếp.\n")
        .item(
            "content/pages/about-us.md",
            """
            title: "About us"
            lang: en
            """,
            "English information.\n");
  }

  @Test
  void articleShowsDateLineFiguresAndOtherNews() {
    TestSite site = site();
    assertThat(site.build().succeeded()).isTrue();

    String article = site.read("tin-tuc-su-kien/ham-can/index.html");
    assertThat(article)
        .contains("<time datetime=\"2024-09-19T09:00:00+07:00\">Thứ Năm, 19/09/2024</time>")
        .contains(
            "<figure><img src=\"anh-1.svg\" alt=\"Quang cảnh buổi lễ\" width=\"640\" height=\"480\""
                + " loading=\"lazy\" decoding=\"async\"><figcaption>Quang cảnh buổi lễ.</figcaption></figure>")
        .contains("<p>./.</p>")
        .contains("Các tin khác")
        .contains("href=\"../../tin-tuc-su-kien/tap-huan/\"")
        .contains("href=\"../../tin-tuc-su-kien/hoi-nghi/\"");
    assertThat(site.exists("tin-tuc-su-kien/ham-can/anh-1.svg")).isTrue();
  }

  @Test
  void everyPageKindIsWritten() {
    TestSite site = site();
    site.build();

    assertThat(site.files())
        .contains(
            "index.html",
            "404.html",
            "robots.txt",
            "rss.xml",
            "sitemap.xml",
            "so-do-trang/index.html",
            "tin-tuc-su-kien/index.html",
            "tin-tuc-su-kien/trang/2/index.html",
            "tin-tuc-su-kien/rss.xml",
            "the/chuyen-doi-so/index.html",
            "the/ham-can/index.html",
            "about-us/index.html",
            "assets/style.css");
    assertThat(site.read("index.html"))
        .contains("Lễ ký kết kết nghĩa xã Hàm Cần")
        .contains("832.881")
        .contains("Lượt truy cập");
    assertThat(site.read("robots.txt"))
        .isEqualTo(
            "User-agent: *\nAllow: /\n\nSitemap: https://bantin.example.gov.vn/sitemap.xml\n");
  }

  @Test
  void standalonePagesAreInNoListOrFeed() {
    TestSite site = site();
    site.build();

    assertThat(site.read("about-us/index.html"))
        .contains("lang=\"en\"")
        .contains("English information.");
    for (String list :
        new String[] {
          "index.html", "rss.xml", "tin-tuc-su-kien/index.html", "the/ham-can/index.html"
        }) {
      assertThat(site.read(list)).doesNotContain("English information.");
    }
  }

  @Test
  void draftsAndFutureItemsAppearNowhereUnlessAsked() {
    TestSite site =
        site()
            .item(
                "content/thong-bao/nhap.md",
                """
            title: "Bản nháp bí mật"
            date: 2024-09-01
            category: "Thông báo"
            draft: true
            """,
                "Nháp.\n")
            .item(
                "content/thong-bao/hen-gio.md",
                """
            title: "Thông báo hẹn giờ"
            date: 2027-01-15T08:00:00+07:00
            category: "Thông báo"
            """,
                "Sau này.\n");
    BuildResult result = site.build();

    assertThat(result.nextScheduled())
        .hasValueSatisfying(
            item -> assertThat(item.sourcePath()).isEqualTo("content/thong-bao/hen-gio.md"));
    for (String file : site.files()) {
      assertThat(site.readText(file))
          .as(file)
          .doesNotContain("Bản nháp bí mật")
          .doesNotContain("Thông báo hẹn giờ")
          .doesNotContain("nhap/")
          .doesNotContain("hen-gio/");
    }

    site.build(site.options().withDrafts(true).withFuture(true));
    assertThat(site.read("sitemap.xml")).contains("thong-bao/nhap/").contains("thong-bao/hen-gio/");
    assertThat(site.read("thong-bao/nhap/index.html")).contains("Bản nháp bí mật");
  }

  @Test
  void cliPrintsTheNextScheduledItem() {
    TestSite site =
        site()
            .item(
                "content/thong-bao/hen-gio.md",
                """
        title: "Thông báo hẹn giờ"
        date: 2027-01-15T08:00:00+07:00
        category: "Thông báo"
        """,
                "Sau này.\n");

    TestSite.Run run = site.cliBuild();

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("next scheduled: 2027-01-15T08:00+07:00 content/thong-bao/hen-gio.md");
  }

  @Test
  void decomposedTextByteOrderMarkAndCrlfAreReadAsNfc() {
    String nfd =
        Normalizer.normalize(
            "---\r\ntitle: \"Hàm Cần đổi mới\"\r\ndate: 2024-09-01\r\n"
                + "category: \"Thông báo\"\r\n---\r\n\r\nNội dung.\r\n",
            Normalizer.Form.NFD);
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text = nfd.getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, all, 0, bom.length);
    System.arraycopy(text, 0, all, bom.length, text.length);
    TestSite site = site().bytes("content/thong-bao/doi-moi.md", all);

    assertThat(site.build().succeeded()).isTrue();
    assertThat(site.read("thong-bao/doi-moi/index.html"))
        .contains("Hàm Cần đổi mới")
        .doesNotContain(Normalizer.normalize("Hàm Cần", Normalizer.Form.NFD));
  }

  @Test
  void rebuildKeepsUnchangedFilesAndDropsRemovedItems() throws Exception {
    TestSite site = site();
    site.build();
    Path styleBefore = site.out().toRealPath().resolve("assets/style.css");
    FileTime styleTime = Files.getLastModifiedTime(styleBefore);
    Object styleKey = Files.readAttributes(styleBefore, "unix:ino").get("ino");

    site.delete("content/thong-bao/lich-tiep.md");
    BuildResult second = site.build();

    Path styleAfter = site.out().toRealPath().resolve("assets/style.css");
    assertThat(second.requirePublished().written())
        .isPositive()
        .isLessThan(second.requirePublished().files());
    assertThat(Files.readAttributes(styleAfter, "unix:ino").get("ino")).isEqualTo(styleKey);
    assertThat(Files.getLastModifiedTime(styleAfter)).isEqualTo(styleTime);
    assertThat(site.exists("thong-bao/lich-tiep/index.html")).isFalse();
    assertThat(site.read("sitemap.xml")).doesNotContain("lich-tiep");
  }

  @Test
  void rebuildWithoutChangesWritesNothing() {
    TestSite site = site();
    site.build();

    BuildResult again = site.build();

    assertThat(again.succeeded()).isTrue();
    assertThat(again.requirePublished().written()).isZero();
  }

  @Test
  void sameInputGivesByteIdenticalSites() throws Exception {
    TestSite site = site();
    site.build();
    Path other = dir.resolve("other-out");
    site.build(site.options().withOut(other));

    assertThat(FileTrees.digest(other)).isEqualTo(FileTrees.digest(site.out())).isNotEmpty();
  }

  @Test
  void siteWithoutTemplatesUsesTheBuiltInOnes() throws Exception {
    TestSite site = site();
    FileTrees.delete(dir.resolve("templates"));

    assertThat(site.build().succeeded()).isTrue();
    assertThat(site.read("tin-tuc-su-kien/ham-can/index.html")).contains("Thứ Năm, 19/09/2024");
    assertThat(site.exists("assets/style.css")).isTrue();
  }

  @Test
  void theBuiltInAssetsArePublishedAsTheJarHoldsThemAndLinksToThemAreNotBroken() throws Exception {
    TestSite site = site();
    FileTrees.delete(dir.resolve("templates"));
    site.item(
        "content/tin/in-an.md",
        "title: \"In ấn\"\ndate: 2024-09-18T08:00:00+07:00\ncategory: \"Thông báo\"",
        "Trang in dùng [kiểu in](/assets/print.css).\n");

    BuildResult result = site.build();

    assertThat(result.diagnostics()).isEmpty();
    for (String name : vn.bulletin.render.TemplateSource.embeddedAssets()) {
      assertThat(Files.readAllBytes(site.out().resolve("assets/" + name)))
          .as(name)
          .isEqualTo(vn.bulletin.render.TemplateSource.embeddedAsset(name));
    }
  }

  @Test
  void anEditorsFileAtABuiltInAssetsPathTakesItsPlace() throws Exception {
    TestSite site = site();
    FileTrees.delete(dir.resolve("templates"));
    site.file("content/assets/print.css", "body { color: black }\n");

    BuildResult result = site.build();

    assertThat(result.diagnostics()).isEmpty();
    assertThat(site.read("assets/print.css")).isEqualTo("body { color: black }\n");
  }

  @Test
  void aFileInTheSearchIndexsFolderIsAnErrorAtTheFile() {
    TestSite site = site();
    site.file("content/search/manifest.json", "{}\n");

    BuildResult result = site.build();

    assertThat(result.succeeded()).isFalse();
    assertThat(result.diagnostics())
        .extracting(d -> d.path() + ": " + d.message())
        .containsExactly(
            "content/search/manifest.json: URL /search/manifest.json is in /search/, which the search index's files fill");
  }

  @Test
  void aCategoryWhoseAddressIsTheSearchIndexsFolderIsAnErrorInTheConfig() {
    TestSite site = site();
    site.file(
        "bulletin.yaml",
        TestSite.CONFIG.replace("categories:\n", "categories:\n  - name: \"Search\"\n"));
    site.item(
        "content/tin/tim.md",
        "title: \"Tìm\"\ndate: 2024-09-18T08:00:00+07:00\ncategory: \"Search\"",
        "Tìm.\n");

    BuildResult result = site.build();

    assertThat(result.succeeded()).isFalse();
    assertThat(result.diagnostics())
        .extracting(d -> d.path() + ": " + d.message())
        .contains(
            "bulletin.yaml: URL /search/index.html is in /search/, which the search index's files fill");
  }

  @Test
  void newCommandCreatesAnItemThatBuilds() throws Exception {
    TestSite site = site();

    TestSite.Run run =
        site.cli(
            "new",
            "Hội nghị Đảng bộ: tổng kết",
            "--category",
            "Thông báo",
            "--source",
            dir.toString(),
            "--clock",
            "2024-11-02T01:30:00Z");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("content/thong-bao/hoi-nghi-dang-bo-tong-ket.md\n");
    assertThat(Files.readString(dir.resolve("content/thong-bao/hoi-nghi-dang-bo-tong-ket.md")))
        .isEqualTo(
            """
        ---
        title: "Hội nghị Đảng bộ: tổng kết"
        date: 2024-11-02T08:30:00+07:00
        category: "Thông báo"
        tags: []
        summary: ""
        ---

        """);
    assertThat(site.build().succeeded()).isTrue();
    assertThat(site.read("thong-bao/hoi-nghi-dang-bo-tong-ket/index.html"))
        .contains("Thứ Bảy, 02/11/2024");
  }

  @Test
  void newCommandRefusesAnUnknownCategory() {
    TestSite.Run run =
        site().cli("new", "Tiêu đề", "--category", "Thong bao", "--source", dir.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo("error: unknown category \"Thong bao\"; did you mean \"Thông báo\"?\n");
  }

  @Test
  void photosOfADraftBundleAreNotPublished() {
    TestSite site =
        site()
            .item(
                "content/tin/nhap/index.md",
                """
            title: "Nháp có ảnh"
            date: 2024-09-01
            category: "Tin tức - Sự kiện"
            draft: true
            """,
                "![Ảnh](anh.svg)\n")
            .file(
                "content/tin/nhap/anh.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"></svg>");

    assertThat(site.build().succeeded()).isTrue();
    assertThat(site.files()).noneMatch(f -> f.contains("nhap"));
  }
}
