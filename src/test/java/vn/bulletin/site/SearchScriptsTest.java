package vn.bulletin.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bulletin.json.Json;
import vn.bulletin.pipeline.BuildOptions;
import vn.bulletin.pipeline.SiteBuilder;
import vn.bulletin.search.SearchEngine;
import vn.bulletin.search.SearchHit;
import vn.bulletin.search.SearchIndex;
import vn.bulletin.search.SearchRequest;
import vn.bulletin.testing.FileTrees;
import vn.bulletin.testing.Services;

/**
 * Runs the JavaScript tests ({@code node --test src/test/js}) inside {@code mvn verify}: the
 * analysis vectors, and the browser's ranking over the sample site's static index against the
 * Lucene engine's.
 */
class SearchScriptsTest {
  /** Queries whose top ten the browser and Lucene must agree on, in order. */
  static final List<String> QUERIES =
      List.of(
          "ham can",
          "Hàm Cần",
          "thanh long",
          "nong thon moi",
          "chuyển đổi số",
          "dich vu cong truc tuyen",
          "lich tiep cong dan",
          "bo cau phap",
          "quy ho tro nong dan",
          "thien tai");

  @TempDir Path dir;

  @Test
  void javaScriptTestsPass() throws Exception {
    Services.require(nodeRuns(), "Node.js (the node command) for the JavaScript tests");
    Path site = buildSample();
    Path expected = dir.resolve("expected.json");
    Files.writeString(expected, javaRankings(), StandardCharsets.UTF_8);

    ProcessBuilder node =
        new ProcessBuilder("node", "--test", "src/test/js").redirectErrorStream(true);
    node.environment().put("BULLETIN_SEARCH_SITE", site.toString());
    node.environment().put("BULLETIN_SEARCH_EXPECTED", expected.toString());
    Path log = dir.resolve("node.log");
    Process run = node.redirectOutput(log.toFile()).start();
    assertThat(run.waitFor(120, TimeUnit.SECONDS)).as("node --test finished").isTrue();
    String output = Files.readString(log, StandardCharsets.UTF_8);

    assertThat(run.exitValue()).as(output).isZero();
    assertThat(output).contains("# fail 0").containsPattern("# pass [1-9]").contains("# skipped 0");
  }

  private Path buildSample() {
    Path source = dir.resolve("sample");
    FileTrees.copy(Path.of("content"), source.resolve("content"));
    FileTrees.copy(Path.of("templates"), source.resolve("templates"));
    FileTrees.copy(Path.of("bulletin.yaml"), source.resolve("bulletin.yaml"));
    var clock = Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC);
    assertThat(new SiteBuilder(BuildOptions.of(source, clock)).build().succeeded()).isTrue();
    return source.resolve("site");
  }

  // {"query": ["/first/", ...]} from the Lucene engine over the index the build saved.
  private String javaRankings() throws IOException {
    List<String> entries = new ArrayList<>();
    try (SearchEngine engine =
        SearchEngine.open(dir.resolve("sample").resolve(SearchIndex.DIRECTORY))) {
      for (String query : QUERIES) {
        List<String> urls =
            engine.search(SearchRequest.of(query, "", 1)).hits().stream()
                .map(SearchHit::url)
                .toList();
        entries.add(Json.quote(query) + ":" + Json.strings(urls));
      }
    }
    return "{" + String.join(",\n", entries) + "}";
  }

  private static boolean nodeRuns() {
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
