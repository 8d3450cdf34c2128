package vn.bulletin.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bulletin.config.ConfigLoader;
import vn.bulletin.diagnostic.DiagnosticFormatter;

/**
 * {@code import:} in bulletin.yaml: selectors for a portal no preset knows, and mistakes in them.
 */
class ImportSettingsTest {
  @TempDir Path site;
  @TempDir Path pages;

  private void config(String importSection) throws IOException {
    Files.writeString(
        site.resolve("bulletin.yaml"),
        """
        site:
          name: "Bản tin thử"
        categories:
          - name: "Thông báo"
        """
            + importSection,
        StandardCharsets.UTF_8);
  }

  @Test
  void portalSelectorsFindEachPart() throws IOException {
    config(
        """
        import:
          title: ".tieude"
          date: ".ngaydang"
          lead: ".tomluoc"
          body: ".noidung"
          category: ".chuyenmuc"
          remove: ".chiase"
          categories:
            "TB": "Thông báo"
        """);
    Files.writeString(
        pages.resolve("a.html"),
        """
        <html><body>
        <h1>Cổng thông tin</h1>
        <span class="chuyenmuc">TB</span>
        <div class="tieude">Lịch tiếp công dân tháng 10</div>
        <div class="ngaydang">Đăng ngày 01/10/2024 07:30</div>
        <div class="tomluoc">Lịch tiếp công dân của lãnh đạo Sở.</div>
        <div class="noidung"><p>Thứ Hai: Giám đốc Sở tiếp công dân.</p><div class="chiase">Chia sẻ</div></div>
        </body></html>
        """,
        StandardCharsets.UTF_8);
    var settings = new ImportSettingsLoader().load(site);
    var config = new ConfigLoader().load(site);

    ImportReport report =
        new Importer(
                config.config(),
                new Importer.Options(
                    site, settings.settings(), Optional.empty(), false, ImporterTest.FAST))
            .run(List.of(pages.toString()));

    assertThat(settings.settings().categories()).isEqualTo(Map.of("TB", "Thông báo"));
    assertThat(report.imported())
        .containsExactly(
            new ImportReport.Done("/a.html", "content/thong-bao/lich-tiep-cong-dan-thang-10.md"));
    assertThat(Files.readString(site.resolve("content/thong-bao/lich-tiep-cong-dan-thang-10.md")))
        .isEqualTo(
            """
        ---
        title: "Lịch tiếp công dân tháng 10"
        date: 2024-10-01T07:30:00+07:00
        category: "Thông báo"
        summary: "Lịch tiếp công dân của lãnh đạo Sở."
        aliases:
          - "/a.html"
        ---

        Thứ Hai: Giám đốc Sở tiếp công dân.
        """);
  }

  @Test
  void badSelectorAndUnknownKeyAreErrorsWithTheirLines() throws IOException {
    config(
        """
        import:
          body: "div[[["
          titel: "h1"
          preset: "joomla"
        """);

    var result = new ImportSettingsLoader().load(site);

    assertThat(new DiagnosticFormatter().formatAll(result.diagnostics(), "nothing was imported."))
        .isEqualTo(
            """
        bulletin.yaml:7:3: error: unknown import setting "titel"
            7 |   titel: "h1"
              |   ^^^^^
        hint: did you mean "title"?
        bulletin.yaml:8:11: error: preset "joomla" is not known
            8 |   preset: "joomla"
              |           ^^^^^^^^
        hint: use "nukeviet" or "auto"
        bulletin.yaml:6:9: error: import body "div[[[" is not a CSS selector
            6 |   body: "div[[["
              |         ^^^^^^^^
        hint: e.g. "div.article h1"
        3 errors; nothing was imported.
        """);
  }
}
