package vn.bulletin.parse;

import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import vn.bulletin.content.FrontMatter;
import vn.bulletin.content.FrontMatterParser;
import vn.bulletin.content.SourceFile;
import vn.bulletin.markdown.HtmlRefiner;
import vn.bulletin.markdown.ImageSizeReader;
import vn.bulletin.markdown.LinkResolver;
import vn.bulletin.markdown.MarkdownRenderer;
import vn.bulletin.model.NewsItem;

/**
 * Parsing one typical item, whole ({@link SourceParser#parseItem}: front matter, Flexmark, Jsoup) and
 * its two costly steps alone. The build runs the same on every core, each file on a guarded thread
 * whose cost is not measured here.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ParseBenchmark {
  private SourceParser parser;
  private SourceFile source;
  private MarkdownRenderer markdown;
  private HtmlRefiner refiner;
  private FrontMatter frontMatter;
  private String html;
  private LinkResolver links;

  @Setup
  public void setUp() {
    BenchCorpus corpus = BenchCorpus.of(1000);
    parser = corpus.parser();
    source = corpus.typicalSource();
    markdown = new MarkdownRenderer(corpus.config().allowHtml());
    refiner = new HtmlRefiner(new ImageSizeReader(corpus.dir().resolve("content")));
    frontMatter = new FrontMatterParser().parse(source, new ArrayList<>()).orElseThrow();
    html = markdown.render(frontMatter.body(), frontMatter.bodyLineOffset()).html();
    NewsItem item = corpus.typicalItem();
    links = new LinkResolver(source.contentDir(), source.isBundle(), item.path());
  }

  @Benchmark
  public Object parseItem() {
    return parser.parseItem(source);
  }

  @Benchmark
  public Object markdownToHtml() {
    return markdown.render(frontMatter.body(), frontMatter.bodyLineOffset());
  }

  @Benchmark
  public Object refineHtml() {
    return refiner.refine(html, links);
  }
}
