package vn.bulletin.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bulletin serve}'s static half: the site as a static host serves it, and nothing outside
 * it.
 */
class SiteServeTest {
  @TempDir Path dir;
  private Path site;
  private RunningService service;

  @BeforeEach
  void buildSite() throws Exception {
    Path release = dir.resolve("releases/1");
    write(release.resolve("index.html"), "<!DOCTYPE html><title>Trang chủ</title>");
    write(release.resolve("tin-tuc/ham-can/index.html"), "<!DOCTYPE html><title>Hàm Cần</title>");
    write(release.resolve("404.html"), "<!DOCTYPE html><title>Không tìm thấy trang</title>");
    write(release.resolve("assets/counter.js"), "\"use strict\";");
    write(release.resolve("assets/style.css"), "body{}");
    write(
        release.resolve("tin-tuc/ham-can/anh-1.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    write(dir.resolve("secret.txt"), "not for the web");
    Files.createSymbolicLink(release.resolve("tin-tuc/ro-ri.txt"), dir.resolve("secret.txt"));
    site = dir.resolve("site");
    // As the build publishes: site is a relative symbolic link to the current release.
    Files.createSymbolicLink(site, Path.of("releases/1"));
    service = RunningService.in(dir).serving(site).start();
  }

  @AfterEach
  void stop() {
    service.close();
  }

  @Test
  void folderServesItsIndexAsHtml() throws Exception {
    HttpResponse<String> page = get("/tin-tuc/ham-can/");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
    assertThat(page.body()).contains("Hàm Cần");
    assertThat(get("/").body()).contains("Trang chủ");
  }

  @Test
  void assetsHaveTheirContentTypes() throws Exception {
    assertThat(get("/assets/counter.js").headers().firstValue("Content-Type"))
        .contains("text/javascript; charset=utf-8");
    assertThat(get("/assets/style.css").headers().firstValue("Content-Type"))
        .contains("text/css; charset=utf-8");
    assertThat(get("/tin-tuc/ham-can/anh-1.svg").headers().firstValue("Content-Type"))
        .contains("image/svg+xml");
  }

  @Test
  void folderWithoutTrailingSlashIsRedirected() throws Exception {
    HttpResponse<String> response = get("/tin-tuc/ham-can");

    assertThat(response.statusCode()).isEqualTo(301);
    assertThat(response.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).endsWith("/tin-tuc/ham-can/"));
  }

  @Test
  void missingPageGetsThe404PageWithStatus404() throws Exception {
    HttpResponse<String> response = get("/khong-co/");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("Không tìm thấy trang");
  }

  @Test
  void nothingOutsideTheSiteIsServed() throws Exception {
    assertThat(get("/tin-tuc/ro-ri.txt").body()).doesNotContain("not for the web");
    for (String target :
        new String[] {
          "/../secret.txt",
          "/%2e%2e/secret.txt",
          "/tin-tuc/..%2f..%2fsecret.txt",
          "../secret.txt",
          "/..%5csecret.txt",
          "/%2e%2e%2f%2e%2e%2fsecret.txt"
        }) {
      String response =
          service.raw("GET " + target + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
      assertThat(response)
          .as(target)
          .doesNotContain("not for the web")
          .doesNotStartWith("HTTP/1.1 200");
    }
  }

  @Test
  void aNewReleaseIsServedOnceTheLinkSwitches() throws Exception {
    write(dir.resolve("releases/2/index.html"), "<!DOCTYPE html><title>Bản mới</title>");
    Path next = dir.resolve("site.next");
    Files.createSymbolicLink(next, Path.of("releases/2"));
    Files.move(
        next,
        site,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    assertThat(get("/").body()).contains("Bản mới");
  }

  @Test
  void headHasNoBodyAndPostIsRefused() throws Exception {
    HttpResponse<String> head =
        service.send(
            HttpRequest.newBuilder(service.uri("/"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
    HttpResponse<String> post =
        service.send(
            HttpRequest.newBuilder(service.uri("/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")));

    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(post.statusCode()).isEqualTo(405);
  }

  @Test
  void visitsCountOnlyForPagesTheSiteHas() throws Exception {
    assertThat(service.visit("/tin-tuc/ham-can/").statusCode()).isEqualTo(200);
    assertThat(service.visit("/404.html").statusCode()).isEqualTo(200);
    HttpResponse<String> invented = service.visit("/trang-bia-dat/");

    assertThat(invented.statusCode()).isEqualTo(404);
    assertThat(invented.body()).isEqualTo("{\"error\":\"the site has no page /trang-bia-dat/\"}");
    assertThat(service.stored()).isEqualTo(2);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return service.send(
        HttpRequest.newBuilder(service.uri(path)).header("User-Agent", RunningService.BROWSER));
  }

  private static void write(Path file, String text) throws Exception {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
