package vn.bulletin.config;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.diagnostic.Severity;
import vn.bulletin.model.Category;

class ConfigLoaderTest {
  private final ConfigLoader loader = new ConfigLoader();

  private static final String FULL =
      """
      site:
        name: Bản tin Hàm Cần
        tagline: Thông tin chính thức của xã Hàm Cần
        base-url: https://hamcan.example.gov.vn
        language: vi-VN
        time-zone: Asia/Saigon
      categories:
        - name: Tin tức - Sự kiện
        - name: Kinh tế
          slug: kinh-te-xa-hoi
          description: Tin kinh tế địa phương
      lists:
        page-size: 15
        other-news-count: 8
        home-latest-count: 6
        home-section-count: 3
      footer:
        contact:
          organisation: UBND xã Hàm Cần
          address: Hàm Thuận Nam, Bình Thuận
          phone: 0252 3999 999
          email: ubnd@hamcan.gov.vn
          licence: Giấy phép số 12/GP-STTTT
        links:
          - name: Cổng thông tin tỉnh
            url: https://binhthuan.gov.vn/
      counter:
        initial-total: 832881
      markdown:
        allow-html: true
      """;

  @Test
  void fullConfigIsReadIntoTheRecord() {
    ConfigLoader.Result result = loader.parse(FULL);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.config())
        .isEqualTo(
            new SiteConfig(
                "Bản tin Hàm Cần",
                "Thông tin chính thức của xã Hàm Cần",
                URI.create("https://hamcan.example.gov.vn/"),
                "vi-VN",
                ZoneId.of("Asia/Saigon"),
                List.of(
                    new Category("Tin tức - Sự kiện", "tin-tuc-su-kien", ""),
                    new Category("Kinh tế", "kinh-te-xa-hoi", "Tin kinh tế địa phương")),
                new SiteConfig.Lists(15, 8, 6, 3),
                new SiteConfig.Contact(
                    "UBND xã Hàm Cần",
                    "Hàm Thuận Nam, Bình Thuận",
                    "0252 3999 999",
                    "ubnd@hamcan.gov.vn",
                    "Giấy phép số 12/GP-STTTT"),
                List.of(
                    new SiteConfig.Link(
                        "Cổng thông tin tỉnh", URI.create("https://binhthuan.gov.vn/"))),
                new SiteConfig.Counter(832881, "", List.of(), AddressRange.LOOPBACK, 30, ""),
                true,
                vn.bulletin.photo.PhotoSettings.DEFAULT,
                SiteConfig.Documents.DEFAULT));
  }

  @Test
  void emptyConfigGivesDefaults() {
    ConfigLoader.Result result = loader.parse("");

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.config()).isEqualTo(SiteConfig.defaults());
  }

  @Test
  void unknownSettingSuggestsTheClosest() {
    ConfigLoader.Result result = loader.parse("site:\n  nmae: Bản tin\n");

    assertThat(result.diagnostics())
        .containsExactly(
            new Diagnostic(
                Severity.ERROR,
                "bulletin.yaml",
                2,
                3,
                4,
                "unknown setting \"nmae\"",
                "  nmae: Bản tin",
                "did you mean \"name\"?"));
  }

  @Test
  void unknownTopLevelSettingSuggestsTheClosest() {
    ConfigLoader.Result result = loader.parse("categorys:\n  - name: Tin tức\n");

    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.message()).isEqualTo("unknown setting \"categorys\"");
              assertThat(d.lineNumber()).isEqualTo(1);
              assertThat(d.hint()).isEqualTo("did you mean \"categories\"?");
            });
  }

  @Test
  void baseUrlWithoutSchemeIsRefusedAtItsLine() {
    ConfigLoader.Result result = loader.parse("site:\n  name: a\n  base-url: hamcan.gov.vn\n");

    assertThat(result.hasErrors()).isTrue();
    assertThat(result.diagnostics())
        .containsExactly(
            new Diagnostic(
                Severity.ERROR,
                "bulletin.yaml",
                3,
                13,
                13,
                "base-url must be an absolute http or https address such as \"https://bantin.example.gov.vn/\"",
                "  base-url: hamcan.gov.vn",
                ""));
  }

  @Test
  void baseUrlWithOtherSchemeIsRefused() {
    ConfigLoader.Result result = loader.parse("site:\n  base-url: ftp://hamcan.gov.vn/\n");

    assertThat(result.diagnostics()).extracting(Diagnostic::lineNumber).containsExactly(2);
  }

  @Test
  void unknownTimeZoneIsRefusedWithHint() {
    ConfigLoader.Result result = loader.parse("site:\n  time-zone: Asia/Ha_Noi\n");

    assertThat(result.diagnostics())
        .containsExactly(
            new Diagnostic(
                Severity.ERROR,
                "bulletin.yaml",
                2,
                14,
                11,
                "unknown time zone \"Asia/Ha_Noi\"",
                "  time-zone: Asia/Ha_Noi",
                "for Việt Nam use Asia/Ho_Chi_Minh"));
    assertThat(result.config().timeZone()).isEqualTo(ZoneId.of("Asia/Ho_Chi_Minh"));
  }

  @Test
  void malformedTimeZoneIsRefusedWithHint() {
    ConfigLoader.Result result = loader.parse("site:\n  time-zone: GMT+25\n");

    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.message()).isEqualTo("unknown time zone \"GMT+25\"");
              assertThat(d.lineNumber()).isEqualTo(2);
              assertThat(d.hint()).isEqualTo("for Việt Nam use Asia/Ho_Chi_Minh");
            });
  }

  @Test
  void negativePageSizeIsRefusedAtItsLine() {
    ConfigLoader.Result result = loader.parse("lists:\n  page-size: -5\n");

    assertThat(result.diagnostics())
        .containsExactly(
            new Diagnostic(
                Severity.ERROR,
                "bulletin.yaml",
                2,
                14,
                2,
                "field \"page-size\" must be a whole number above 0, not \"-5\"",
                "  page-size: -5",
                ""));
    assertThat(result.config().lists().pageSize()).isEqualTo(20);
  }

  @Test
  void twoCategoriesWithTheSameSlugAreRefusedAtTheSecond() {
    ConfigLoader.Result result =
        loader.parse(
            """
        categories:
          - name: Tin tức
          - name: Tin Tức
        """);

    assertThat(result.diagnostics())
        .containsExactly(
            new Diagnostic(
                Severity.ERROR,
                "bulletin.yaml",
                3,
                11,
                7,
                "two categories share the slug \"tin-tuc\"; give one a different \"slug:\"",
                "  - name: Tin Tức",
                ""));
    assertThat(result.config().categories())
        .containsExactly(new Category("Tin tức", "tin-tuc", ""));
  }

  @Test
  void explicitSlugClashingWithANameIsRefusedAtTheSlug() {
    ConfigLoader.Result result =
        loader.parse(
            """
        categories:
          - name: Kinh tế
          - name: Kinh tế - Xã hội
            slug: kinh-te
        """);

    assertThat(result.diagnostics())
        .extracting(Diagnostic::lineNumber, Diagnostic::columnNumber)
        .containsExactly(tuple(4, 11));
  }

  @Test
  void categoryWithoutNameIsReportedAtItsEntry() {
    ConfigLoader.Result result = loader.parse("categories:\n  - slug: tin-tuc\n");

    assertThat(result.diagnostics())
        .extracting(Diagnostic::message, Diagnostic::lineNumber)
        .containsExactly(tuple("missing required field \"name\"", 2));
  }

  @Test
  void textInitialTotalIsRefusedAtItsLine() {
    ConfigLoader.Result result = loader.parse("counter:\n  initial-total: abc\n");

    assertThat(result.diagnostics())
        .containsExactly(
            new Diagnostic(
                Severity.ERROR,
                "bulletin.yaml",
                2,
                18,
                3,
                "initial-total must be a whole number of visits, 0 or more",
                "  initial-total: abc",
                ""));
    assertThat(result.config().counterInitialTotal()).isZero();
  }

  @Test
  void yamlErrorIsReportedWithItsLine() {
    ConfigLoader.Result result = loader.parse("site:\n  name: a\n  name: b\n");

    assertThat(result.diagnostics())
        .containsExactly(
            new Diagnostic(
                Severity.ERROR,
                "bulletin.yaml",
                3,
                3,
                1,
                "field \"name\" is given twice",
                "  name: b",
                ""));
  }

  @Test
  void missingFileGivesDefaults(@TempDir Path dir) {
    ConfigLoader.Result result = loader.load(dir);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.config()).isEqualTo(SiteConfig.defaults());
  }

  @Test
  void fileIsReadWithBomAndCrlf(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("bulletin.yaml"), "\uFEFFsite:\r\n  name: Bản tin Hàm Cần\r\n");

    ConfigLoader.Result result = loader.load(dir);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.config().name()).isEqualTo("Bản tin Hàm Cần");
  }

  @Test
  void nonUtf8FileIsAFileLevelError(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("bulletin.yaml"), "site:\n  name: B\u00e0n\n".getBytes(ISO_8859_1));

    ConfigLoader.Result result = loader.load(dir);

    assertThat(result.diagnostics())
        .containsExactly(Diagnostic.error("bulletin.yaml", "file is not UTF-8; save it as UTF-8"));
  }

  @Test
  void counterSettingsAreRead() {
    ConfigLoader.Result result =
        loader.parse(
            """
        counter:
          initial-total: 832881
          endpoint: https://dem.example.gov.vn/api/visits
          allowed-origins: ["https://BanTin.example.gov.vn", "http://localhost:8080"]
          trusted-proxies: [10.0.0.0/8, "::1"]
          rate-limit: 12
          db: jdbc:postgresql://db.example/bulletin
        """);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.config().counter())
        .isEqualTo(
            new SiteConfig.Counter(
                832881,
                "https://dem.example.gov.vn/api/visits",
                List.of("https://bantin.example.gov.vn", "http://localhost:8080"),
                List.of(
                    AddressRange.parse("10.0.0.0/8").orElseThrow(),
                    AddressRange.parse("::1").orElseThrow()),
                12,
                "jdbc:postgresql://db.example/bulletin"));
  }

  @Test
  void counterDefaultsTrustLoopbackAndAllowThirtyVisitsAMinute() {
    SiteConfig.Counter counter = loader.parse("counter:\n  initial-total: 5\n").config().counter();

    assertThat(counter)
        .isEqualTo(new SiteConfig.Counter(5, "", List.of(), AddressRange.LOOPBACK, 30, ""));
  }

  @Test
  void emptyTrustedProxiesTrustsNone() {
    assertThat(
            loader.parse("counter:\n  trusted-proxies: []\n").config().counter().trustedProxies())
        .isEmpty();
  }

  @Test
  void badCounterValuesAreEachReportedAtTheirLine() {
    ConfigLoader.Result result =
        loader.parse(
            """
        counter:
          endpoint: /api/visits
          allowed-origins:
            - https://bantin.example.gov.vn/tin-tuc/
          trusted-proxies: [10.0.0.0/33, proxy.example]
          rate-limit: 0
          db: mysql://db/bulletin
          limit: 5
        """);

    assertThat(result.diagnostics())
        .extracting(Diagnostic::lineNumber, Diagnostic::message)
        .containsExactlyInAnyOrder(
            tuple(8, "unknown setting \"limit\""),
            tuple(
                2,
                "endpoint must be an absolute http or https address such as \"https://dem.example.gov.vn/api/visits\""),
            tuple(4, "an origin is \"https://host\" or \"https://host:port\", without a path"),
            tuple(5, "expected an IP address or network such as 127.0.0.1, 10.0.0.0/8 or ::1"),
            tuple(5, "expected an IP address or network such as 127.0.0.1, 10.0.0.0/8 or ::1"),
            tuple(6, "field \"rate-limit\" must be a whole number above 0, not \"0\""),
            tuple(7, "db must be a JDBC URL starting with jdbc:sqlite: or jdbc:postgresql:"));
    assertThat(result.config().counter()).isEqualTo(SiteConfig.Counter.DEFAULT);
  }

  @Test
  void badProxyIsPointedAtExactly() {
    ConfigLoader.Result result =
        loader.parse("counter:\n  trusted-proxies:\n    - 10.0.0.1\n    - 300.1.1.1\n");

    assertThat(result.diagnostics())
        .containsExactly(
            new Diagnostic(
                Severity.ERROR,
                "bulletin.yaml",
                4,
                7,
                9,
                "expected an IP address or network such as 127.0.0.1, 10.0.0.0/8 or ::1",
                "    - 300.1.1.1",
                ""));
  }

  @Test
  void sampleConfigOfTheRepositoryIsValid() {
    ConfigLoader.Result result = loader.load(Path.of("."));

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.config().counter().initialTotal()).isEqualTo(832881);
  }

  @Test
  void photoSettingsAreRead() {
    ConfigLoader.Result result =
        loader.parse(
            """
        photos:
          widths: [1200, 640]
          cover-widths: [400]
          cover-aspect: "16:9"
          jpeg-quality: 75
          publish-originals: true
          column-width: 700
        """);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.config().photos())
        .isEqualTo(
            new vn.bulletin.photo.PhotoSettings(
                List.of(640, 1200), List.of(400), 16, 9, 75, true, 700));
  }

  @Test
  void badPhotoSettingsAreRefusedAtTheirLine() {
    ConfigLoader.Result result =
        loader.parse(
            """
        photos:
          widths: [480, huge]
          cover-aspect: "wide"
          jpeg-quality: 120
        """);

    assertThat(result.diagnostics())
        .extracting(Diagnostic::lineNumber, Diagnostic::message)
        .containsExactlyInAnyOrder(
            tuple(4, "jpeg-quality must be from 1 to 100; 75 to 85 suits photos"),
            tuple(
                2,
                "widths must be a list of widths in pixels from 1 to 8000, such as [480, 800, 1200], not \"huge\""),
            tuple(
                3, "cover-aspect must be width:height, such as \"3:2\" or \"16:9\", not \"wide\""));
    assertThat(result.config().photos()).isEqualTo(vn.bulletin.photo.PhotoSettings.DEFAULT);
  }
}
