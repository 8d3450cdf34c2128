package vn.bulletin.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import vn.bulletin.config.ConfigLoader;
import vn.bulletin.config.SiteConfig;
import vn.bulletin.content.ContentLoader;
import vn.bulletin.content.LoadedContent;
import vn.bulletin.content.SourceFile;
import vn.bulletin.markdown.ImageSizeReader;
import vn.bulletin.model.NewsItem;
import vn.bulletin.plan.PublicationRules;
import vn.bulletin.plan.SitePlan;
import vn.bulletin.plan.SitePlanner;

/**
 * The benchmarks' input: the corpus of {@code bench/build/gen_corpus.py} (the build benchmark's
 * Vietnamese items, photos, tags, lists and links), loaded, parsed and planned as a build does.
 * The corpus is {@code -Dbulletin.corpus=DIR} if given, else generated once into the temporary
 * folder, which needs {@code python3} and the repository as the working folder.
 */
public final class BenchCorpus {
  /** Every item is published: the corpus is dated 2021 onwards, long before this. */
  public static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

  private final Path dir;
  private final SiteConfig config;
  private final LoadedContent content;
  private final SourceParser parser;
  private final List<NewsItem> items;

  private BenchCorpus(Path dir) {
    this.dir = dir;
    ConfigLoader.Result loaded = new ConfigLoader().load(dir);
    if (loaded.hasErrors()) {
      throw new IllegalStateException("the corpus config has errors: " + loaded.diagnostics());
    }
    this.config = loaded.config();
    this.content = new ContentLoader(dir).load();
    this.parser = new SourceParser(config, new ImageSizeReader(dir.resolve(ContentLoader.CONTENT_DIR)));
    this.items = content.items().parallelStream().map(s -> parser.parseItem(s).value()
        .orElseThrow(() -> new IllegalStateException(s.path() + " does not parse"))).toList();
  }

  /** A corpus of {@code count} items (ignored when {@code -Dbulletin.corpus} names one). */
  public static BenchCorpus of(int count) {
    String given = System.getProperty("bulletin.corpus");
    return new BenchCorpus(given != null ? Path.of(given) : generated(count));
  }

  public Path dir() {
    return dir;
  }

  public SiteConfig config() {
    return config;
  }

  public List<NewsItem> items() {
    return items;
  }

  /** The parser a build makes, for the files of this corpus. */
  SourceParser parser() {
    return parser;
  }

  /**
   * A typical item: of those with a photo and its caption (most of the corpus), the one of median
   * length, so neither a stub nor the longest piece stands for all.
   */
  public SourceFile typicalSource() {
    List<SourceFile> withPhoto = content.items().stream().filter(s -> s.text().contains("!["))
        .sorted(Comparator.comparingInt((SourceFile s) -> s.text().length()).thenComparing(SourceFile::path)).toList();
    return withPhoto.get(withPhoto.size() / 2);
  }

  public NewsItem typicalItem() {
    String path = typicalSource().path();
    return items.stream().filter(i -> i.sourcePath().equals(path)).findFirst().orElseThrow();
  }

  /** The plan of the whole site, as the render stage receives it. */
  public SitePlan plan() {
    return new SitePlanner(config).plan(new SitePlanner.Input(items, List.of(), content.files(), List.of(),
        new PublicationRules(false, false, NOW)));
  }

  // The generator is deterministic: a corpus once written is reused by the next fork or run.
  private static Path generated(int count) {
    Path dir = Path.of(System.getProperty("java.io.tmpdir"), "bulletin-jmh-corpus-" + count);
    if (Files.isRegularFile(dir.resolve("bulletin.yaml"))) {
      return dir;
    }
    try {
      Process python = new ProcessBuilder("python3", "bench/build/gen_corpus.py", "--n", Integer.toString(count),
          "--out", dir.toString(), "--format", "bulletin").inheritIO().start();
      if (python.waitFor() != 0) {
        throw new IllegalStateException("gen_corpus.py failed; run from the repository's folder with python3");
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
