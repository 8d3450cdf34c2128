package vn.bulletin.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bulletin.config.ConfigLoader;
import vn.bulletin.testing.FileTrees;

/** The fixture pages under src/test/resources/import/ imported into a site folder. */
class ImporterTest {
  static final Path FIXTURES = Path.of("src/test/resources/import");
  static final String CONFIG =
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
      """;
  static final CrawlPace FAST =
      new CrawlPace(Duration.ofMillis(5), 3, Duration.ofMillis(5), Duration.ofSeconds(5));
  static final String NUKEVIET_ITEM =
      "content/tin-tuc-su-kien/le-ky-ket-ket-nghia-tai-xa-ham-can/index.md";
  static final String NUKEVIET_URL =
      "https://portal.example.gov.vn/news/tin-tuc/le-ky-ket-ket-nghia-123.html";

  @TempDir Path site;
  @TempDir Path portalCopy;

  static ImportReport run(
      Path site, String preset, boolean dryRun, Optional<LocalDate> since, String... from)
      throws IOException {
    Files.writeString(site.resolve("bulletin.yaml"), CONFIG, StandardCharsets.UTF_8);
    var config = new ConfigLoader().load(site);
    assertThat(config.diagnostics()).isEmpty();
    var settings = new ImportSettingsLoader().load(site);
    assertThat(settings.diagnostics()).isEmpty();
    return new Importer(
            config.config(),
            new Importer.Options(site, settings.settings().withPreset(preset), since, dryRun, FAST))
        .run(List.of(from));
  }

  private ImportReport run(String preset, String from) throws IOException {
    return run(site, preset, false, Optional.empty(), from);
  }

  private String read(String path) throws IOException {
    return Files.readString(site.resolve(path), StandardCharsets.UTF_8);
  }

  @Test
  void nukevietArticleBecomesABundleWithPhotosCaptionsBylineAndAlias() throws IOException {
    run("nukeviet", FIXTURES.resolve("nukeviet").toString());

    assertThat(read(NUKEVIET_ITEM))
        .isEqualTo(
            """
        ---
        title: "Lễ ký kết kết nghĩa tại xã Hàm Cần"
        date: 2024-09-19T08:15:00+07:00
        category: "Tin tức - Sự kiện"
        summary: "Sáng 19/9, Đảng ủy xã Hàm Cần tổ chức lễ ký kết chương trình kết nghĩa giai đoạn 2024 - 2029."
        image: "anh-1.jpg"
        author: "Minh Anh"
        source: "Báo Bình Thuận"
        aliases:
          - "/news/tin-tuc/le-ky-ket-ket-nghia-123.html"
        ---

        ![Quang cảnh buổi lễ](anh-1.jpg)

        *Quang cảnh buổi lễ ký kết.*

        Tham dự buổi lễ có lãnh đạo huyện và **đông đảo** cán bộ, nhân dân địa phương.

        ![Trao quà cho các gia đình chính sách.](anh-2.jpg)

        *Trao quà cho các gia đình chính sách.*

        Hai bên cam kết phối hợp trong [kế hoạch năm](https://portal.example.gov.vn/news/tin-tuc/ke-hoach-nam-2024-99.html) \
        và xem chi tiết tại [kế hoạch kết nghĩa](ke-hoach-ket-nghia.pdf).
        """);
    Path bundle = site.resolve(NUKEVIET_ITEM).getParent();
    Path uploads = FIXTURES.resolve("nukeviet/portal.example.gov.vn/uploads/news/2024_09");
    assertThat(FileTrees.list(bundle))
        .containsExactly("anh-1.jpg", "anh-2.jpg", "index.md", "ke-hoach-ket-nghia.pdf");
    assertThat(bundle.resolve("anh-2.jpg")).hasSameBinaryContentAs(uploads.resolve("trao-qua.jpg"));
    assertThat(bundle.resolve("ke-hoach-ket-nghia.pdf"))
        .hasSameBinaryContentAs(uploads.resolve("ke-hoach-ket-nghia.pdf"));
  }

  @Test
  void listingPageAndUnknownCategoryAreSkippedWithTheirReasons() throws IOException {
    ImportReport report = run("nukeviet", FIXTURES.resolve("nukeviet").toString());

    assertThat(report.imported())
        .containsExactly(new ImportReport.Done(NUKEVIET_URL, NUKEVIET_ITEM));
    assertThat(report.skipped())
        .containsExactly(
            new ImportReport.Skipped(
                "/news/hoat-dong/hoi-thao-chuyen-doi-so-7.html",
                "no category of bulletin.yaml matches"
                    + " \"Hoạt động ngành\", \"hoat-dong\"; add it under categories:, or map it under import: categories:"),
            new ImportReport.Skipped(
                "/news/tin-tuc.html", "not an article: no headline or body found"));
    assertThat(report.visitorTotal()).hasValue(832881);
  }

  @Test
  void articleInALayoutTableSavedInWindows1258() throws IOException {
    ImportReport report = run("auto", FIXTURES.resolve("table").toString());

    assertThat(read("content/thong-bao/hoi-nghi-tong-ket-cong-tac-nam-2022/index.md"))
        .isEqualTo(
            """
        ---
        title: "Hội nghị tổng kết công tác năm 2022"
        date: 2023-03-05T00:00:00+07:00
        category: "Thông báo"
        image: "anh-1.png"
        source: "Văn phòng Sở"
        aliases:
          - "/thong-bao/hoi-nghi-tong-ket.htm"
        ---

        Chiều ngày 4/3, Sở tổ chức hội nghị tổng kết công tác năm 2022 và triển khai nhiệm vụ năm 2023.

        ![Hội nghị](anh-1.png)

        *Toàn cảnh hội nghị.*

        Kết quả chính trong năm:

        |     Chỉ tiêu     | Kết quả |
        |------------------|---------|
        | Hồ sơ trực tuyến | 12.345  |
        | Tỉ lệ đúng hạn   | 98%     |

        Trích văn bản gốc: Cộng hoà xã hội chủ nghĩa Việt Nam, Độc lập - Tự do - Hạnh phúc.
        """);
    assertThat(report.warnings())
        .containsExactly(
            new ImportReport.Warning(
                "/thong-bao/hoi-nghi-tong-ket.htm",
                "text in an old font encoding (TCVN3 or VNI) was converted to Unicode; proofread it"));
  }

  @Test
  void pageWithoutMarkupHintsIsFoundByStructure() throws IOException {
    run("auto", FIXTURES.resolve("plain").toString());

    assertThat(read("content/van-hoa-the-thao/le-hoi-dua-thuyen-tren-song-ca-ty.md"))
        .isEqualTo(
            """
        ---
        title: "Lễ hội đua thuyền trên sông Cà Ty"
        date: 2024-09-02T00:00:00+07:00
        category: "Văn hóa - Thể thao"
        author: "Thu Hà"
        aliases:
          - "/van-hoa-the-thao/le-hoi-dua-thuyen.html"
        ---

        Sáng 2/9, hàng nghìn người dân đã đến xem lễ hội đua thuyền truyền thống trên sông Cà Ty.

        Mười hai đội thuyền của các phường, xã tham gia tranh tài ở hai cự ly 500 m và 1.000 m.

        Băng rôn trước lễ hội ghi: Cộng hòa xã hội chủ nghĩa Việt Nam.
        """);
  }

  @Test
  void dryRunReportsButWritesNothing() throws IOException {
    ImportReport report =
        run(site, "nukeviet", true, Optional.empty(), FIXTURES.resolve("nukeviet").toString());

    assertThat(report.dryRun()).isTrue();
    assertThat(report.imported())
        .containsExactly(new ImportReport.Done(NUKEVIET_URL, NUKEVIET_ITEM));
    assertThat(FileTrees.list(site)).containsExactly("bulletin.yaml");
  }

  @Test
  void secondRunOfAnUnchangedPortalChangesNothing() throws IOException {
    run("nukeviet", FIXTURES.resolve("nukeviet").toString());
    String first = read(NUKEVIET_ITEM);

    ImportReport again = run("nukeviet", FIXTURES.resolve("nukeviet").toString());

    assertThat(again.imported()).isEmpty();
    assertThat(again.updated()).isEmpty();
    assertThat(again.skipped())
        .contains(
            new ImportReport.Skipped(
                NUKEVIET_URL, "unchanged since it was imported as " + NUKEVIET_ITEM));
    assertThat(read(NUKEVIET_ITEM)).isEqualTo(first);
  }

  @Test
  void changedSourceUpdatesTheSameItem() throws IOException {
    Path portal = copyOfNukeviet();
    run("nukeviet", portal.toString());
    Path page = portal.resolve("portal.example.gov.vn/news/tin-tuc/le-ky-ket-ket-nghia-123.html");
    Files.writeString(page, Files.readString(page).replace("đông đảo", "rất đông"));

    ImportReport again = run("nukeviet", portal.toString());

    assertThat(again.updated()).containsExactly(new ImportReport.Done(NUKEVIET_URL, NUKEVIET_ITEM));
    assertThat(read(NUKEVIET_ITEM)).contains("**rất đông**");
    assertThat(FileTrees.list(site.resolve("content")))
        .filteredOn(p -> p.endsWith(".md"))
        .containsExactly(NUKEVIET_ITEM.substring("content/".length()));
  }

  @Test
  void itemAnEditorChangedIsLeftAloneAndReported() throws IOException {
    Path portal = copyOfNukeviet();
    run("nukeviet", portal.toString());
    Files.writeString(
        site.resolve(NUKEVIET_ITEM), read(NUKEVIET_ITEM) + "\nBiên tập viên bổ sung.\n");
    Path page = portal.resolve("portal.example.gov.vn/news/tin-tuc/le-ky-ket-ket-nghia-123.html");
    Files.writeString(page, Files.readString(page).replace("đông đảo", "rất đông"));

    ImportReport again = run("nukeviet", portal.toString());

    assertThat(again.updated()).isEmpty();
    assertThat(again.skipped())
        .contains(
            new ImportReport.Skipped(
                NUKEVIET_URL, NUKEVIET_ITEM + " was edited since it was imported; left alone"));
    assertThat(read(NUKEVIET_ITEM)).endsWith("\nBiên tập viên bổ sung.\n").contains("**đông đảo**");
  }

  @Test
  void itemWhoseLedgerIsGoneIsFoundByItsAlias() throws IOException {
    run("nukeviet", FIXTURES.resolve("nukeviet").toString());
    Files.delete(site.resolve(ImportLedger.FILE));

    ImportReport again = run("nukeviet", FIXTURES.resolve("nukeviet").toString());

    assertThat(again.imported()).isEmpty();
    assertThat(again.skipped())
        .contains(
            new ImportReport.Skipped(
                NUKEVIET_URL,
                "already in " + NUKEVIET_ITEM + " (its aliases name this page); left alone"));
  }

  @Test
  void articlesBeforeSinceAreSkipped() throws IOException {
    ImportReport report =
        run(
            site,
            "auto",
            false,
            Optional.of(LocalDate.of(2024, 1, 1)),
            FIXTURES.resolve("table").toString());

    assertThat(report.imported()).isEmpty();
    assertThat(report.skipped())
        .containsExactly(
            new ImportReport.Skipped(
                "/thong-bao/hoi-nghi-tong-ket.htm", "dated 2023-03-05, before --since 2024-01-01"));
  }

  private Path copyOfNukeviet() {
    Path copy = portalCopy.resolve("nukeviet");
    FileTrees.copy(FIXTURES.resolve("nukeviet"), copy);
    return copy;
  }
}
