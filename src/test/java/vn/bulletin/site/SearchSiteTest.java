package vn.bulletin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search as a built site carries it: page, static index, the saved Lucene index and the CLI.
 */
class SearchSiteTest {
  @TempDir Path dir;

  private TestSite site() {
    return TestSite.in(dir)
        .item(
            "content/tin-tuc/ham-can.md",
            """
            title: "Lễ ký kết kết nghĩa tại xã Hàm Cần"
            date: 2024-09-19T09:00:00+07:00
            category: "Tin tức - Sự kiện"
            """,
            "Hai bên ký kết kết nghĩa tại xã Hàm Cần.\n")
        .item(
            "content/thong-bao/lich-tiep.md",
            """
            title: "Lịch tiếp công dân tháng 10"
            date: 2024-10-01T08:00:00+07:00
            category: "Thông báo"
            """,
            "Lịch tiếp công dân của xã.\n")
        .item(
            "content/thong-bao/nhap.md",
            """
            title: "Bản nháp về Hàm Cần"
            date: 2024-10-02T08:00:00+07:00
            category: "Thông báo"
            draft: true
            """,
            "Chưa đăng.\n")
        .item(
            "content/thong-bao/sap-toi.md",
            """
            title: "Tin sắp đăng về Hàm Cần"
            date: 2027-01-01T08:00:00+07:00
            category: "Thông báo"
            """,
            "Chưa tới ngày.\n");
  }

  @Test
  void searchPageSaysItNeedsJavaScriptAndHasAPlaceForResults() {
    TestSite site = site();
    assertThat(site.build().succeeded()).isTrue();

    String page = site.read("tim-kiem/index.html");
    assertThat(page)
        .contains("id=\"search-results\"")
        .contains("<noscript>")
        .contains("cần JavaScript")
        .contains("name=\"q\"")
        .contains("aria-live=\"polite\"")
        .contains("<meta name=\"robots\" content=\"noindex\">")
        .contains("data-index=\"../search/\"");
    assertThat(site.read("index.html")).contains("action=\"./tim-kiem/\"");
  }

  @Test
  void staticIndexHoldsThePublishedItemsOnly() throws IOException {
    TestSite site = site();
    site.build();

    assertThat(site.read("search/manifest.json")).contains("\"docs\":2,");
    StringBuilder metadata = new StringBuilder();
    for (String file : site.files()) {
      if (file.startsWith("search/m/")) {
        metadata.append(gunzip(site.out().resolve(file)));
      }
    }
    assertThat(metadata)
        .contains("Lễ ký kết kết nghĩa tại xã Hàm Cần")
        .contains("Lịch tiếp công dân tháng 10")
        .doesNotContain("Bản nháp")
        .doesNotContain("sắp đăng");
  }

  @Test
  void rebuildingWithoutChangesWritesNothingAndKeepsTheIndexSearchable() {
    TestSite site = site();
    site.build();

    assertThat(site.build().requirePublished().written()).isZero();
    assertThat(site.cli("search", "--source", dir.toString(), "ham can").out())
        .contains("Lễ ký kết kết nghĩa");
  }

  @Test
  void cliPrintsJsonFromTheIndexTheBuildSaved() {
    TestSite site = site();
    site.build();

    TestSite.Run run = site.cli("search", "--source", dir.toString(), "--json", "ham can");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith(
            "[\n  {\"url\":\"/tin-tuc-su-kien/ham-can/\",\"title\":\"Lễ ký kết kết nghĩa tại xã Hàm Cần\","
                + "\"date\":\"2024-09-19T09:00:00+07:00\",\"score\":");
    assertThat(run.out()).doesNotContain("nháp").doesNotContain("sắp đăng");
    assertThat(Files.isDirectory(dir.resolve(".bulletin/search-index"))).isTrue();
  }

  @Test
  void cliFiltersByCategory() {
    TestSite site = site();
    site.build();

    TestSite.Run run =
        site.cli("search", "--source", dir.toString(), "--category", "Thông báo", "xa");

    assertThat(run.out()).contains("Lịch tiếp công dân").doesNotContain("Lễ ký kết");
  }

  @Test
  void cliWithoutAnIndexSaysToBuildFirst() {
    TestSite.Run run = site().cli("search", "--source", dir.toString(), "ham can");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("no search index in").contains("run \"bulletin build\" first");
  }

  @Test
  void cliRefusesAQueryOverTwoHundredCharacters() {
    TestSite site = site();
    site.build();

    TestSite.Run run = site.cli("search", "--source", dir.toString(), "a".repeat(201));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("error: the query is longer than 200 characters\n");
  }

  private static String gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
