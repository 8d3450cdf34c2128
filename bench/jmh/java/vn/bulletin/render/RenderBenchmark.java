package vn.bulletin.render;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.bulletin.parse.BenchCorpus;
import vn.bulletin.plan.PageSpec;
import vn.bulletin.plan.SitePlan;
import vn.bulletin.model.VietnameseFormat;

/**
 * FreeMarker rendering one article page of the typical item (header, body, tags, "Các tin khác",
 * footer) and the home page, with the default templates and the planned view records.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RenderBenchmark {
  private PageRenderer renderer;
  private PageSpec article;
  private PageSpec home;

  @Setup
  public void setUp() {
    BenchCorpus corpus = BenchCorpus.of(1000);
    SitePlan plan = corpus.plan();
    String source = corpus.typicalItem().sourcePath();
    article = plan.pages().stream().filter(p -> p.sourcePath().equals(source)).findFirst().orElseThrow();
    home = plan.pages().stream().filter(p -> p.path().equals("index.html")).findFirst().orElseThrow();
    renderer = new PageRenderer(TemplateSource.of(corpus.dir()), VietnameseFormat.VI, corpus.config().timeZone());
    PageRenderer.Result first = renderer.render(article);
    if (first.failed()) {
      throw new IllegalStateException("the article does not render: " + first.problem());
    }
  }

  @Benchmark
  public byte[] article() {
    return renderer.render(article).bytes();
  }

  @Benchmark
  public byte[] home() {
    return renderer.render(home).bytes();
  }
}
