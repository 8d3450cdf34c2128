package vn.bulletin.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bulletin.pipeline.BuildOptions;
import vn.bulletin.pipeline.SiteBuilder;
import vn.bulletin.search.SearchIndex;
import vn.bulletin.testing.FileTrees;

/** {@code GET /api/search} over real HTTP, on the index a real build wrote. */
class SearchApiTest {
  @TempDir Path dir;

  private Path buildSite() throws Exception {
    Path source = dir.resolve("source");
    FileTrees.copy(Path.of("templates"), source.resolve("templates"));
    Files.writeString(
        source.resolve("bulletin.yaml"),
        "categories:\n  - name: \"Tin tức - Sự kiện\"\n  - name: \"Thông báo\"\n");
    Files.createDirectories(source.resolve("content/tin"));
    Files.writeString(
        source.resolve("content/tin/ham-can.md"),
        """
        ---
        title: "Lễ ký kết kết nghĩa tại xã Hàm Cần"
        date: 2024-09-19
        category: "Tin tức - Sự kiện"
        ---

        Xã Hàm Cần ký kết kết nghĩa.
        """);
    Files.writeString(
        source.resolve("content/tin/lich.md"),
        """
        ---
        title: "Lịch tiếp công dân"
        date: 2024-10-01
        category: "Thông báo"
        ---

        Lịch tiếp công dân cần chú ý.
        """);
    var result =
        new SiteBuilder(
                BuildOptions.of(
                    source, Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)))
            .build();
    assertThat(result.succeeded()).as(result.diagnostics().toString()).isTrue();
    return source.resolve(SearchIndex.DIRECTORY);
  }

  private static HttpResponse<String> get(RunningService service, String query) throws Exception {
    return service.send(HttpRequest.newBuilder(service.uri("/api/search?" + query)));
  }

  private static String q(String text) {
    return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void queryWithoutDiacriticsFindsTheItem() throws Exception {
    try (RunningService service = RunningService.in(dir).searchingIn(buildSite()).start()) {
      HttpResponse<String> response = get(service, q("ham can"));

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValue("application/json; charset=utf-8");
      assertThat(response.body())
          .startsWith("{\"query\":\"ham can\",\"page\":1,\"total\":1,\"partial\":false,")
          .contains("\"url\":\"/tin-tuc-su-kien/ham-can/\"")
          .contains("Lễ ký kết kết nghĩa tại xã Hàm Cần");
    }
  }

  @Test
  void categoryFilterNarrowsTheResults() throws Exception {
    try (RunningService service = RunningService.in(dir).searchingIn(buildSite()).start()) {
      assertThat(get(service, q("can") + "&category=thong-bao").body())
          .contains("lich")
          .doesNotContain("ham-can");
    }
  }

  @Test
  void badInputIsA400WithAMessage() throws Exception {
    try (RunningService service = RunningService.in(dir).searchingIn(buildSite()).start()) {
      assertThat(get(service, "q=").statusCode()).isEqualTo(400);
      assertThat(get(service, "q=").body()).contains("the query is empty");
      assertThat(get(service, q("a".repeat(201))).body()).contains("longer than 200 characters");
      assertThat(get(service, q("ham") + "&page=abc").statusCode()).isEqualTo(400);
      HttpResponse<String> hostile = get(service, q("\"><img src=x onerror=alert(1)> AND ((("));
      assertThat(hostile.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void onlyGetIsAllowed() throws Exception {
    try (RunningService service = RunningService.in(dir).searchingIn(buildSite()).start()) {
      HttpResponse<String> post =
          service.send(
              HttpRequest.newBuilder(service.uri("/api/search?q=ham"))
                  .POST(HttpRequest.BodyPublishers.ofString("")));

      assertThat(post.statusCode()).isEqualTo(405);
    }
  }

  @Test
  void withoutAnIndexTheServiceSaysSoWith503() throws Exception {
    try (RunningService service = RunningService.in(dir).start()) {
      HttpResponse<String> response = get(service, q("ham can"));

      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(response.body()).contains("no search index yet");
    }
  }
}
