package vn.bulletin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bulletin.attachment.AttachmentTexts;
import vn.bulletin.pipeline.SiteBuilder;
import vn.bulletin.search.SearchIndex;
import vn.bulletin.testing.AttachmentFiles;

/**
 * Documents (văn bản): their pages and lists, the news that cite them, and search inside their
 * files.
 */
class DocumentSiteTest {
  @TempDir Path dir;

  static final String NOTICE =
      """
      so-ky-hieu: "417-TB/TU"
      loai: "Thông báo"
      co-quan: "Ban Thường vụ Tỉnh ủy"
      ngay-ban-hanh: 2024-08-05
      nguoi-ky: "Người ký mẫu"
      trich-yeu: "Về công tác kết nghĩa với xã Hàm Cần"
      linh-vuc: "Công tác dân vận"
      files:
        - title: "Toàn văn"
          path: 417-tb-tu.pdf
      """;

  static final String PLAN =
      """
      so-ky-hieu: "125/KH-STTTT"
      loai: "Kế hoạch"
      co-quan: "Sở Thông tin và Truyền thông"
      ngay-ban-hanh: 05/3/2023
      ngay-hieu-luc: 2023-03-15
      nguoi-ky: "Giám đốc Sở"
      trich-yeu: "Kế hoạch chuyển đổi số năm 2023"
      linh-vuc: "Chuyển đổi số"
      files:
        - title: "Kế hoạch (Word)"
          path: ke-hoach.docx
      """;

  private TestSite site() {
    return TestSite.in(dir)
        .item("content/van-ban/thong-bao-417/index.md", NOTICE, "")
        .bytes(
            "content/van-ban/thong-bao-417/417-tb-tu.pdf",
            AttachmentFiles.pdf(
                2, "Ban Thường vụ thống nhất chủ trương kết nghĩa", "với xã Hàm Cần năm 2024"))
        .item("content/van-ban/ke-hoach-125/index.md", PLAN, "Ghi chú: bản mẫu.\n")
        .bytes(
            "content/van-ban/ke-hoach-125/ke-hoach.docx",
            AttachmentFiles.docx("Số hóa hồ sơ lưu trữ và triển khai chữ ký số chuyên dùng."))
        .item(
            "content/tin/ham-can.md",
            """
            title: "Lễ ký kết kết nghĩa tại xã Hàm Cần"
            date: 2024-09-19T09:00:00+07:00
            category: "Tin tức - Sự kiện"
            van-ban: ["417-TB/TU"]
            """,
            "Thực hiện Thông báo số 417-TB/TU.\n");
  }

  @Test
  void documentPageShowsItsFieldsItsFilesAndTheNewsThatCiteIt() {
    TestSite site = site();
    assertThat(site.build().diagnostics()).isEmpty();

    String page = site.read("van-ban/thong-bao-417/index.html");
    assertThat(page)
        .contains("<h1 class=\"article-title\">Thông báo số 417-TB/TU</h1>")
        .contains(
            "<tr><th scope=\"row\">Cơ quan ban hành</th><td><a href=\"../../van-ban/co-quan/ban-thuong-vu-tinh-uy/\">"
                + "Ban Thường vụ Tỉnh ủy</a></td></tr>")
        .contains("<time datetime=\"2024-08-05\">05/08/2024</time>")
        .containsPattern(
            "<a href=\"../../van-ban/thong-bao-417/417-tb-tu.pdf\" download>Toàn văn</a> "
                + "<span class=\"file-meta\">\\(PDF, [0-9.,]+ KB\\)</span>")
        .contains(
            "<a href=\"../../tin-tuc-su-kien/ham-can/\">Lễ ký kết kết nghĩa tại xã Hàm Cần</a>");
    assertThat(site.exists("van-ban/thong-bao-417/417-tb-tu.pdf")).isTrue();
    assertThat(site.read("tin-tuc-su-kien/ham-can/index.html"))
        .contains("Văn bản liên quan")
        .contains(
            "<a href=\"../../van-ban/thong-bao-417/\">Thông báo số 417-TB/TU</a> ngày 05/08/2024 của Ban Thường vụ Tỉnh ủy");
    assertThat(site.read("index.html")).contains("<a href=\"./van-ban/\"");
  }

  @Test
  void listIsNewestFirstAndEachFilterHasAStaticPage() {
    TestSite site = site();
    assertThat(site.build().diagnostics()).isEmpty();

    String list = site.read("van-ban/index.html");
    assertThat(list.indexOf("417-TB/TU")).isLessThan(list.indexOf("125/KH-STTTT"));
    assertThat(site.read("van-ban/loai/ke-hoach/index.html"))
        .contains("125/KH-STTTT")
        .doesNotContain(">417-TB/TU<")
        .contains("<a href=\"../../../van-ban/loai/ke-hoach/\" aria-current=\"page\">Kế hoạch</a>");
    assertThat(site.read("van-ban/co-quan/so-thong-tin-va-truyen-thong/index.html"))
        .contains("125/KH-STTTT");
    assertThat(site.read("van-ban/linh-vuc/cong-tac-dan-van/index.html")).contains("417-TB/TU");
    assertThat(site.read("van-ban/nam/2023/index.html"))
        .contains("125/KH-STTTT")
        .doesNotContain(">417-TB/TU<");
    assertThat(site.read("van-ban/rss.xml"))
        .contains("<title>Thông báo số 417-TB/TU: Về công tác kết nghĩa với xã Hàm Cần</title>");
    assertThat(site.read("sitemap.xml"))
        .contains("https://bantin.example.gov.vn/van-ban/thong-bao-417/")
        .contains("https://bantin.example.gov.vn/van-ban/nam/2023/");
  }

  @Test
  void replacedDocumentsLinkBothWays() {
    TestSite site =
        site()
            .item(
                "content/van-ban/ke-hoach-200/index.md",
                PLAN.replace("125/KH-STTTT", "200/KH-STTTT")
                        .replace("2023-03-15", "2024-01-10")
                        .replace("05/3/2023", "2024-01-02")
                        .replace(
                            "files:\n  - title: \"Kế hoạch (Word)\"\n    path: ke-hoach.docx\n", "")
                    + "thay-the: [\"125 KH STTTT\", \"9/KH-STTTT\"]\n",
                "");
    assertThat(site.build().diagnostics()).isEmpty();

    assertThat(site.read("van-ban/ke-hoach-200/index.html"))
        .contains(
            "<tr><th scope=\"row\">Thay thế</th><td><a href=\"../../van-ban/ke-hoach-125/\">125/KH-STTTT</a>, 9/KH-STTTT</td></tr>");
    assertThat(site.read("van-ban/ke-hoach-125/index.html"))
        .contains(
            "<tr><th scope=\"row\">Được thay thế bởi</th><td><a href=\"../../van-ban/ke-hoach-200/\">200/KH-STTTT</a></td></tr>")
        .contains("<h2 id=\"other-documents-heading\" class=\"section-title\">Văn bản khác</h2>");
  }

  @Test
  void searchFindsTheNumberAsPeopleTypeItAndTheTextInsideThePdfAndTheDocx() {
    TestSite site = site();
    assertThat(site.build().diagnostics()).isEmpty();

    for (String typed : new String[] {"417-TB/TU", "417 TB TU", "417/TB-TU", "417 tb/tu"}) {
      assertThat(search(site, typed)).as(typed).contains("/van-ban/thong-bao-417/");
    }
    assertThat(search(site, "cong tac ket nghia")).contains("/van-ban/thong-bao-417/");
    assertThat(search(site, "chủ trương kết nghĩa")).contains("/van-ban/thong-bao-417/");
    assertThat(search(site, "chu ky so chuyen dung")).contains("/van-ban/ke-hoach-125/");
    assertThat(search(site, "chữ ký số")).contains("/van-ban/ke-hoach-125/");
    assertThat(search(site, "--category", "van-ban", "ham can"))
        .contains("/van-ban/thong-bao-417/")
        .doesNotContain("/tin-tuc-su-kien/ham-can/");
  }

  @Test
  void attachmentTextIsKeptByTheFileHash() throws IOException {
    TestSite site = site();
    assertThat(site.build().diagnostics()).isEmpty();

    try (Stream<Path> kept = Files.list(dir.resolve(AttachmentTexts.FOLDER))) {
      assertThat(kept.map(p -> p.getFileName().toString()).sorted().toList())
          .hasSize(2)
          .allMatch(name -> name.matches("[0-9a-f]{64}\\.txt"));
    }
  }

  @Test
  void attachmentTextsStayOutOfTheParseStore() throws IOException {
    TestSite site = site();
    assertThat(site.build().diagnostics()).isEmpty();

    String store =
        new String(
            Files.readAllBytes(dir.resolve(SiteBuilder.PARSE_CACHE)), StandardCharsets.ISO_8859_1);
    assertThat(store).contains("ke-hoach.docx").doesNotContain(latin1("chữ ký số chuyên dùng"));
  }

  @Test
  void aLostTextIsReadAgainFromItsFileWhenTheDocumentIsIndexed() throws IOException {
    TestSite site = site();
    assertThat(site.build().diagnostics()).isEmpty();
    deleteTree(dir.resolve(AttachmentTexts.FOLDER));
    deleteTree(dir.resolve(SearchIndex.DIRECTORY));
    deleteTree(dir.resolve("site"));

    assertThat(site.build().diagnostics()).isEmpty();

    assertThat(search(site, "chu ky so chuyen dung")).contains("/van-ban/ke-hoach-125/");
    try (Stream<Path> kept = Files.list(dir.resolve(AttachmentTexts.FOLDER))) {
      assertThat(kept).hasSize(2);
    }
  }

  private static String latin1(String text) {
    return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static String search(TestSite site, String... query) {
    String[] args =
        Stream.concat(Stream.of("search", "--source", site.dir().toString()), Stream.of(query))
            .toArray(String[]::new);
    TestSite.Run run = site.cli(args);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run.out();
  }
}
