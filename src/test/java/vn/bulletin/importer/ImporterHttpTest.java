package vn.bulletin.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bulletin import http://.../sitemap.xml}: the fixture portal served on 127.0.0.1. */
class ImporterHttpTest {
  private static final Path HOST = ImporterTest.FIXTURES.resolve("nukeviet/portal.example.gov.vn");
  private static final String ARTICLE = "/news/tin-tuc/le-ky-ket-ket-nghia-123.html";
  private static final String ITEM = ImporterTest.NUKEVIET_ITEM;

  @TempDir Path site;
  private final PortalServer portal = new PortalServer();

  @BeforeEach
  void serve() throws IOException {
    portal
        .flaky(
            ARTICLE,
            2,
            Files.readString(HOST.resolve(ARTICLE.substring(1)), StandardCharsets.UTF_8))
        .redirect("/news/loop.html", "/news/loop-2.html")
        .redirect("/news/loop-2.html", "/news/loop.html")
        .page(
            "/uploads/news/2024_09/le-ky-ket.jpg",
            "image/jpeg",
            bytes("uploads/news/2024_09/le-ky-ket.jpg"))
        .page(
            "/uploads/news/2024_09/ke-hoach-ket-nghia.pdf",
            "application/pdf",
            bytes("uploads/news/2024_09/ke-hoach-ket-nghia.pdf"))
        .page(
            "/sitemap.xml",
            "application/xml",
            ("""
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>%s</loc></url>
              <url><loc>%s</loc></url>
            </urlset>
            """
                    .formatted(ARTICLE, "/news/loop.html"))
                .getBytes(StandardCharsets.UTF_8));
  }

  @AfterEach
  void stop() {
    portal.close();
  }

  private static byte[] bytes(String path) throws IOException {
    return Files.readAllBytes(HOST.resolve(path));
  }

  @Test
  void sitemapPagesAreFetchedThroughFailuresAndLoopsAreReported() throws IOException {
    ImportReport report =
        ImporterTest.run(
            site, "nukeviet", false, Optional.empty(), portal.uri("/sitemap.xml").toString());

    assertThat(report.imported())
        .containsExactly(new ImportReport.Done(portal.uri(ARTICLE).toString(), ITEM));
    assertThat(report.skipped())
        .containsExactly(
            new ImportReport.Skipped(
                portal.uri("/news/loop.html").toString(),
                "could not be fetched: redirect loop: "
                    + portal.uri("/news/loop.html")
                    + " -> "
                    + portal.uri("/news/loop-2.html")
                    + " -> "
                    + portal.uri("/news/loop.html")));
    assertThat(report.missing())
        .containsExactly(
            new ImportReport.Missing(
                portal.uri(ARTICLE).toString(),
                "photo " + portal.uri("/uploads/news/2024_09/trao-qua.jpg")));
    assertThat(Files.readString(site.resolve(ITEM)))
        .contains("aliases:\n  - \"" + ARTICLE + "\"\n")
        .contains("![Quang cảnh buổi lễ](anh-1.jpg)")
        .doesNotContain("trao-qua");
    assertThat(portal.requests().stream().filter(r -> r.pathAndQuery().equals(ARTICLE)).count())
        .isEqualTo(3);
    assertThat(site.resolve(CrawlState.FILE)).doesNotExist();
  }

  @Test
  void interruptedRunGoesOnWithThePagesItHadNotHandled() throws IOException {
    String sitemap = portal.uri("/sitemap.xml").toString();
    Path state = site.resolve(CrawlState.FILE);
    Files.createDirectories(state.getParent());
    Files.writeString(state, "from\t" + sitemap + "\n" + portal.uri("/news/loop.html") + "\n");

    ImportReport report = ImporterTest.run(site, "nukeviet", false, Optional.empty(), sitemap);

    assertThat(report.imported())
        .containsExactly(new ImportReport.Done(portal.uri(ARTICLE).toString(), ITEM));
    assertThat(report.skipped())
        .containsExactly(
            new ImportReport.Skipped(
                portal.uri("/news/loop.html").toString(),
                "handled by the run that was interrupted"));
    assertThat(portal.requests()).noneMatch(r -> r.pathAndQuery().startsWith("/news/loop"));
    assertThat(state).doesNotExist();
  }
}
