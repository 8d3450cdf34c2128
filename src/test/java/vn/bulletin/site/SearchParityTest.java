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
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.bulletin.json.Json;
import vn.bulletin.pipeline.BuildOptions;
import vn.bulletin.pipeline.SiteBuilder;
import vn.bulletin.search.SearchEngine;
import vn.bulletin.search.SearchIndex;
import vn.bulletin.search.SearchRequest;
import vn.bulletin.testing.Services;

/**
 * The static page's ranking against the Lucene engine's, on a generated corpus: 300 queries of one
 * to six syllables taken from the items, with and without diacritics, in mixed case, with đ and Đ
 * (a third of them joining words of two items, so that fewer words may have to match), each as
 * submitted and as being typed (the last word a prefix). Node runs the page's own scripts over the
 * exported index ({@code src/test/js/parity.js}) and reports the searches whose top 10 differs from
 * Lucene's in membership, order or score. None may: the page computes Lucene's BM25 in float32 from
 * the counts, length norms and statistics the export carries, sums the clauses as Lucene's boolean
 * scorers do, and breaks ties by date as the engine does.
 */
class SearchParityTest {
  static final int ITEMS = 300;
  static final int QUERIES = 300;

  private static final String[] SYLLABLES =
      ("xã huyện tỉnh hội nông dân đa đã đà dạng lúa lửa lừa cần can cán hàm"
              + " thuận nam bắc đường điện đất đai đầu tư công trình thanh long giống mới nâng cao chất lượng sản xuất"
              + " hợp tác kinh tế văn hóa hoà hòa giải thuỷ lợi thủy sản phòng chống cháy rừng bảo hiểm y tế học sinh"
              + " giáo viên tuyển dụng thông báo lịch tiếp dân kết nghĩa đoàn thanh niên phụ nữ cựu chiến binh đảng bộ"
              + " chính quyền ủy ban nhân dân đề án quy hoạch dự án vốn ngân sách giải ngân chuyển đổi số")
          .split(" ");

  @TempDir Path dir;

  @Test
  void staticRankingMatchesLuceneOnGeneratedQueries() throws Exception {
    Services.require(nodeRuns(), "Node.js (the node command) for the JavaScript parity check");
    Random random = new Random(20261203);
    Path source = dir.resolve("corpus");
    List<String> texts = writeCorpus(source, random);
    var clock = Clock.fixed(Instant.parse("2026-11-28T00:00:00Z"), ZoneOffset.UTC);
    assertThat(new SiteBuilder(BuildOptions.of(source, clock)).build().succeeded()).isTrue();
    Path expected = dir.resolve("expected.json");
    Files.writeString(
        expected, luceneRankings(source, queries(texts, random)), StandardCharsets.UTF_8);

    Path report = dir.resolve("report.txt");
    ProcessBuilder node =
        new ProcessBuilder(
                "node",
                "src/test/js/parity.js",
                source.resolve("site").toString(),
                expected.toString(),
                report.toString())
            .redirectErrorStream(true);
    Process run = node.redirectOutput(dir.resolve("node.log").toFile()).start();
    assertThat(run.waitFor(300, TimeUnit.SECONDS)).as("node finished").isTrue();
    String log = Files.readString(dir.resolve("node.log"), StandardCharsets.UTF_8);
    assertThat(run.exitValue()).as(log).isZero();

    List<String> differences = Files.readAllLines(report, StandardCharsets.UTF_8);
    System.out.println(
        "static and Lucene top 10 differ for "
            + differences.size()
            + " of "
            + 2 * QUERIES
            + " searches");
    assertThat(differences).isEmpty();
  }

  // Items with titles and bodies drawn from a small syllable set, so that queries have many
  // matches.
  private List<String> writeCorpus(Path source, Random random) throws IOException {
    Files.createDirectories(source.resolve("content/tin-tuc-su-kien"));
    Files.writeString(
        source.resolve("bulletin.yaml"),
        """
        site:
          name: "Bản tin"
          base-url: "https://example.vn/"
        categories:
          - name: "Tin tức - Sự kiện"
        """,
        StandardCharsets.UTF_8);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < ITEMS; i++) {
      String title = capitalised(words(random, 4 + random.nextInt(9)));
      StringBuilder body = new StringBuilder();
      for (int p = 0, n = 1 + random.nextInt(4); p < n; p++) {
        body.append(capitalised(words(random, 10 + random.nextInt(60)))).append(".\n\n");
      }
      texts.add(title);
      texts.add(body.toString());
      Files.writeString(
          source.resolve("content/tin-tuc-su-kien/bai-" + i + ".md"),
          "---\ntitle: \""
              + title
              + "\"\ndate: 2024-"
              + String.format(
                  Locale.ROOT, "%02d-%02dT%02d:00:00+07:00", 1 + i % 12, 1 + i % 28, i % 24)
              + "\ncategory: \"Tin tức - Sự kiện\"\nsummary: \"Tóm tắt.\"\n---\n\n"
              + body,
          StandardCharsets.UTF_8);
    }
    return texts;
  }

  private static String words(Random random, int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      // Skewed toward the first syllables, as real text is toward common ones.
      int k = (int) (SYLLABLES.length * Math.pow(random.nextDouble(), 1.6));
      out.add(SYLLABLES[k]);
    }
    return String.join(" ", out);
  }

  private static String capitalised(String text) {
    return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  // A run of one to six syllables of an item's text, or three words of two items, spelled as a
  // visitor may type them.
  private static List<String> queries(List<String> texts, Random random) {
    List<String> queries = new ArrayList<>();
    while (queries.size() < QUERIES) {
      String[] words = words(texts, random);
      if (random.nextInt(3) == 0) {
        String[] other = words(texts, random);
        queries.add(
            String.join(
                " ",
                typed(pick(words, random), random),
                typed(pick(other, random), random),
                typed(pick(words, random), random)));
        continue;
      }
      int length = 1 + random.nextInt(Math.min(6, words.length));
      int start = random.nextInt(words.length - length + 1);
      List<String> typed = new ArrayList<>();
      for (int i = start; i < start + length; i++) {
        typed.add(typed(words[i], random));
      }
      queries.add(String.join(" ", typed));
    }
    return queries;
  }

  private static String[] words(List<String> texts, Random random) {
    return texts.get(random.nextInt(texts.size())).replace(".", "").strip().split("\\s+");
  }

  private static String pick(String[] words, Random random) {
    return words[random.nextInt(words.length)];
  }

  private static String typed(String word, Random random) {
    String w =
        random.nextInt(3) == 0
            ? java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D')
            : word;
    return switch (random.nextInt(4)) {
      case 0 -> w.toUpperCase(Locale.ROOT);
      case 1 -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
      default -> w.toLowerCase(Locale.ROOT);
    };
  }

  // [{"query": q, "prefix": typing, "hits": [["/first/", score], ...]}, ...]: Lucene's top 10 over
  // the
  // index the build saved, each query as submitted and as being typed.
  private static String luceneRankings(Path source, List<String> queries) throws IOException {
    List<String> entries = new ArrayList<>();
    try (SearchEngine engine = SearchEngine.open(source.resolve(SearchIndex.DIRECTORY))) {
      for (String query : queries) {
        for (boolean prefix : new boolean[] {false, true}) {
          SearchRequest request =
              new SearchRequest(query, "", 1, SearchRequest.DEFAULT_PAGE_SIZE, prefix, false);
          List<String> hits =
              engine.search(request).hits().stream()
                  .map(h -> "[" + Json.quote(h.url()) + "," + Float.toString(h.score()) + "]")
                  .toList();
          entries.add(
              "{\"query\":"
                  + Json.quote(query)
                  + ",\"prefix\":"
                  + prefix
                  + ",\"hits\":["
                  + String.join(",", hits)
                  + "]}");
        }
      }
    }
    return "[" + String.join(",\n", entries) + "]";
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
