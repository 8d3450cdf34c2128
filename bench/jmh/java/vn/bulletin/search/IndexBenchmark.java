package vn.bulletin.search;

import java.io.IOException;
import java.util.List;
import java.util.SortedMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import vn.bulletin.parse.BenchCorpus;
import vn.bulletin.model.Category;
import vn.bulletin.model.NewsItem;
import vn.bulletin.model.VietnameseFormat;

/**
 * The search stage on a batch of items: Lucene indexing ({@link SearchIndex#build}, analysis in
 * parallel, merged to one segment) and the export of the index to the static chunks of site/search/.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IndexBenchmark {
  @Param("1000")
  public int items;

  private List<NewsItem> published;
  private List<Category> categories;
  private VietnameseFormat format;
  private SearchIndex built;

  @Setup(Level.Trial)
  public void setUp() {
    BenchCorpus corpus = BenchCorpus.of(items);
    published = corpus.plan().published();
    categories = corpus.config().categories();
    format = new VietnameseFormat(corpus.config().timeZone());
    built = SearchIndex.build(published, format);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    built.close();
  }

  @Benchmark
  public SearchIndex index() throws IOException {
    try (SearchIndex index = SearchIndex.build(published, format)) {
      return index;
    }
  }

  @Benchmark
  public SortedMap<String, byte[]> export() {
    return built.export(categories);
  }
}
