package vn.bulletin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixture portals imported with {@code bulletin import}, then built: every item shown, every
 * old URL alive.
 */
class ImportRoundTripTest {
  private static final Path FIXTURES = Path.of("src/test/resources/import").toAbsolutePath();
  private static final Pattern MAP_LINE =
      Pattern.compile("^    \"([^\"]+)\" \"([^\"]+)\";$", Pattern.MULTILINE);
  private static final Pattern REFRESH = Pattern.compile("content=\"0; url=([^\"]+)\"");

  @TempDir Path dir;

  private TestSite importedSite() {
    TestSite site =
        TestSite.in(dir)
            .file(
                "bulletin.yaml",
                """
        site:
          name: "Bản tin thử"
          base-url: "https://bantin.example.gov.vn/"
        categories:
          - name: "Tin tức - Sự kiện"
          - name: "Thông báo"
          - name: "Văn hóa - Thể thao"
        import:
          categories:
            "Tin tức": "Tin tức - Sự kiện"
        """);
    TestSite.Run nukeviet =
        site.cli(
            "import",
            "--source",
            dir.toString(),
            "--preset",
            "nukeviet",
            "--delay-ms",
            "0",
            FIXTURES.resolve("nukeviet").toString());
    TestSite.Run others =
        site.cli(
            "import",
            "--source",
            dir.toString(),
            "--delay-ms",
            "0",
            FIXTURES.resolve("table").toString(),
            FIXTURES.resolve("plain").toString());
    assertThat(nukeviet.exitCode()).as(nukeviet.err()).isZero();
    assertThat(others.exitCode()).as(others.err()).isZero();
    TestSite.Run build = site.cliBuild("--quiet");
    assertThat(build.exitCode()).as(build.err()).isZero();
    assertThat(build.err()).isEmpty();
    return site;
  }

  @Test
  void importReportListsEveryPageAndTheVisitorTotal() {
    TestSite site =
        TestSite.in(dir)
            .file(
                "bulletin.yaml",
                TestSite.CONFIG
                    + "import:\n  categories:\n"
                    + "    \"Tin tức\": \"Tin tức - Sự kiện\"\n");

    TestSite.Run run =
        site.cli(
            "import",
            "--source",
            dir.toString(),
            "--preset",
            "nukeviet",
            "--dry-run",
            FIXTURES.resolve("nukeviet").toString());

    assertThat(run.out())
        .isEqualTo(
            """
        imported content/tin-tuc-su-kien/le-ky-ket-ket-nghia-tai-xa-ham-can/index.md from \
        https://portal.example.gov.vn/news/tin-tuc/le-ky-ket-ket-nghia-123.html
        skipped /news/hoat-dong/hoi-thao-chuyen-doi-so-7.html: no category of bulletin.yaml matches "Hoạt động ngành", \
        "hoat-dong"; add it under categories:, or map it under import: categories:
        skipped /news/tin-tuc.html: not an article: no headline or body found
        visitor total shown by the old portal: 832.881; to carry it over, set counter: initial-total: 832881 in bulletin.yaml
        1 imported, 0 updated, 2 skipped, 0 files missing, 0 warnings (dry run: nothing was written)
        """);
    assertThat(run.exitCode()).isZero();
    assertThat(dir.resolve("content")).doesNotExist();
  }

  @Test
  void eachImportedItemShowsItsDatePhotosAndCaptions() {
    TestSite site = importedSite();

    Document nukeviet =
        Jsoup.parse(site.read("tin-tuc-su-kien/le-ky-ket-ket-nghia-tai-xa-ham-can/index.html"));
    assertThat(nukeviet.select(".article-date time").outerHtml())
        .isEqualTo("<time datetime=\"2024-09-19T08:15:00+07:00\">Thứ Năm, 19/09/2024</time>");
    assertThat(nukeviet.select("article figure figcaption").eachText())
        .containsExactly("Quang cảnh buổi lễ ký kết.", "Trao quà cho các gia đình chính sách.");
    // The imported photos are small: each is published as a copy at its own width, never as the
    // original.
    assertThat(nukeviet.select("article figure img").eachAttr("src"))
        .containsExactly("anh-1-40.jpg", "anh-2-36.jpg");
    assertThat(site.exists("tin-tuc-su-kien/le-ky-ket-ket-nghia-tai-xa-ham-can/anh-2-36.jpg"))
        .isTrue();
    assertThat(site.exists("tin-tuc-su-kien/le-ky-ket-ket-nghia-tai-xa-ham-can/anh-2.jpg"))
        .isFalse();
    assertThat(
            site.exists(
                "tin-tuc-su-kien/le-ky-ket-ket-nghia-tai-xa-ham-can/ke-hoach-ket-nghia.pdf"))
        .isTrue();

    Document table =
        Jsoup.parse(site.read("thong-bao/hoi-nghi-tong-ket-cong-tac-nam-2022/index.html"));
    assertThat(table.select(".article-date time").attr("datetime"))
        .isEqualTo("2023-03-05T00:00:00+07:00");
    assertThat(table.select("article figure figcaption").eachText())
        .containsExactly("Toàn cảnh hội nghị.");

    Document plain =
        Jsoup.parse(site.read("van-hoa-the-thao/le-hoi-dua-thuyen-tren-song-ca-ty/index.html"));
    assertThat(plain.select(".article-date time").attr("datetime"))
        .isEqualTo("2024-09-02T00:00:00+07:00");
    assertThat(plain.select("h1").text()).isEqualTo("Lễ hội đua thuyền trên sông Cà Ty");
  }

  @Test
  void everyOldUrlLeadsToItsItem() {
    TestSite site = importedSite();
    Map<String, String> map = new LinkedHashMap<>();
    Matcher line = MAP_LINE.matcher(site.read("_redirects.nginx"));
    while (line.find()) {
      map.put(line.group(1), line.group(2));
    }

    assertThat(map)
        .containsExactly(
            Map.entry(
                "/news/tin-tuc/le-ky-ket-ket-nghia-123.html",
                "/tin-tuc-su-kien/le-ky-ket-ket-nghia-tai-xa-ham-can/"),
            Map.entry(
                "/thong-bao/hoi-nghi-tong-ket.htm",
                "/thong-bao/hoi-nghi-tong-ket-cong-tac-nam-2022/"),
            Map.entry(
                "/van-hoa-the-thao/le-hoi-dua-thuyen.html",
                "/van-hoa-the-thao/le-hoi-dua-thuyen-tren-song-ca-ty/"));
    map.forEach(
        (old, target) -> {
          Matcher refresh = REFRESH.matcher(site.read(old.substring(1)));
          assertThat(refresh.find()).as(old).isTrue();
          String resolved =
              Path.of(old.substring(1)).getParent().resolve(refresh.group(1)).normalize() + "/";
          assertThat("/" + resolved).as(old).isEqualTo(target);
          assertThat(site.exists(target.substring(1) + "index.html")).as(target).isTrue();
        });
  }
}
