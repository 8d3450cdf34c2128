package vn.bulletin.search;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.bulletin.parse.BenchCorpus;
import vn.bulletin.model.NewsItem;

/** Vietnamese syllable analysis ({@link Syllables#of}: NFC, exact and folded forms) of 3 KB of item text. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SyllablesBenchmark {
  /** UTF-8 bytes of text: about one item's body, a Vietnamese letter taking 1 to 3 bytes. */
  static final int TEXT_BYTES = 3 * 1024;

  private String text;

  @Setup
  public void setUp() {
    text = textOf(BenchCorpus.of(1000).items(), TEXT_BYTES);
  }

  @Benchmark
  public List<Syllable> syllables() {
    return Syllables.of(text);
  }

  /** The plain text of items, in order, cut at the last space before {@code bytes} UTF-8 bytes. */
  static String textOf(List<NewsItem> items, int bytes) {
    StringBuilder all = new StringBuilder();
    for (int i = 0; all.toString().getBytes(StandardCharsets.UTF_8).length < bytes; i++) {
      NewsItem item = items.get(i);
      all.append(item.title()).append(". ").append(Jsoup.parse(item.bodyHtml()).text()).append('\n');
    }
    String text = all.toString();
    int end = text.length();
    while (text.substring(0, end).getBytes(StandardCharsets.UTF_8).length > bytes) {
      end = text.lastIndexOf(' ', end - 1);
    }
    return text.substring(0, end);
  }
}
