package vn.bulletin.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import vn.bulletin.check.EditorialReview;
import vn.bulletin.config.ConfigLoader;
import vn.bulletin.config.SiteConfig;
import vn.bulletin.content.ContentLoader;
import vn.bulletin.content.LoadedContent;
import vn.bulletin.content.SourceFile;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.diagnostic.Diagnostics;
import vn.bulletin.markdown.ImageSizeReader;
import vn.bulletin.plan.FileSpec;
import vn.bulletin.plan.PublicationRules;
import vn.bulletin.plan.SitePlan;
import vn.bulletin.plan.SitePlanner;
import vn.bulletin.plan.VietnameseFormat;
import vn.bulletin.publish.Output;
import vn.bulletin.publish.OutputPaths;
import vn.bulletin.publish.SitePublisher;
import vn.bulletin.render.PageRenderer;
import vn.bulletin.render.TemplateSource;
import vn.bulletin.search.SearchIndex;

/** The pipeline. {@link #build} reads as the list of stages, in order: load, parse, plan, render, index, publish. */
public final class SiteBuilder {
  private final BuildOptions options;
  private final BuildListener listener;
  private final Consumer<String> progress;
  private final Diagnostics diagnostics = new Diagnostics();

  public SiteBuilder(BuildOptions options) {
    this(options, BuildListener.SILENT);
  }

  /** @param progress told one line per stage and per publishing step as each ends ({@code --verbose}) */
  public SiteBuilder(BuildOptions options, Consumer<String> progress) {
    this(options, BuildListener.lines(progress));
  }

  /** @param listener told each step as it ends and the counts of files parsed and pages rendered */
  public SiteBuilder(BuildOptions options, BuildListener listener) {
    this.options = options;
    this.listener = listener;
    this.progress = listener::stepEnded;
  }

  public BuildResult build() {
    ConfigLoader.Result config = new ConfigLoader().load(options.source());
    if (config.hasErrors()) {
      return BuildResult.failed(config.diagnostics(), true, Optional.empty());
    }
    diagnostics.addAll(config.diagnostics());
    LoadedContent content = load();
    ParsedContent parsed = parse(config.config(), content);
    SitePlan plan = plan(config.config(), content, parsed);
    SortedMap<String, Output> site = render(config.config(), plan);
    if (diagnostics.hasErrors()) {
      return BuildResult.failed(diagnostics.sorted(), false, plan.nextScheduled());
    }
    long started = System.nanoTime();
    try (SearchIndex index = index(config.config(), plan, site)) {
      Duration searchTime = Duration.ofNanos(System.nanoTime() - started);
      return publish(site, plan, index, searchTime);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private LoadedContent load() {
    LoadedContent content = new ContentLoader(options.source()).load();
    diagnostics.addAll(content.diagnostics());
    progress.accept("load: " + content.items().size() + " items, " + content.pages().size() + " pages, "
        + content.files().size() + " other files");
    return content;
  }

  private ParsedContent parse(SiteConfig config, LoadedContent content) {
    ImageSizeReader sizes = new ImageSizeReader(options.source().resolve(ContentLoader.CONTENT_DIR));
    ParsedContent parsed = new ParseStage(new SourceParser(config, sizes), options.fileBudget(), listener)
        .parse(content, diagnostics);
    progress.accept("parse: " + parsed.items().size() + " items, " + parsed.pages().size() + " pages");
    return parsed;
  }

  private SitePlan plan(SiteConfig config, LoadedContent content, ParsedContent parsed) {
    PublicationRules rules = new PublicationRules(options.drafts(), options.future(), options.clock().instant());
    SitePlan plan = new SitePlanner(config).plan(new SitePlanner.Input(parsed.items(), parsed.pages(),
        content.files(), templateAssets(), rules));
    diagnostics.addAll(plan.diagnostics());
    checkLinks(content, parsed, plan);
    progress.accept("plan: " + plan.published().size() + " items published, " + plan.pages().size() + " pages, "
        + plan.files().size() + " files to copy");
    return plan;
  }

  private SortedMap<String, Output> render(SiteConfig config, SitePlan plan) {
    PageRenderer renderer = new PageRenderer(TemplateSource.of(options.source()), VietnameseFormat.VI,
        config.timeZone());
    SortedMap<String, Output> site = new TreeMap<>();
    List<Diagnostic> failures = new ArrayList<>();
    int total = plan.pages().size();
    AtomicInteger done = new AtomicInteger();
    plan.pages().parallelStream().map(page -> {
      PageRenderer.Result result = renderer.render(page);
      listener.pagesRendered(done.incrementAndGet(), total);
      return result;
    }).toList().forEach(result -> {
      if (result.failed()) {
        failures.add(result.problem());
      } else {
        site.put(result.path(), new Output.Bytes(result.bytes()));
      }
    });
    diagnostics.addAll(TemplateFailures.collapse(failures));
    plan.texts().forEach(t -> site.put(t.path(), new Output.Bytes(t.text().getBytes(StandardCharsets.UTF_8))));
    plan.files().forEach(f -> site.put(f.path(), new Output.Copy(f.source())));
    embeddedAssets().forEach(site::putIfAbsent);
    site.keySet().stream().filter(p -> !OutputPaths.isSafe(p)).forEach(p ->
        diagnostics.add(Diagnostic.error(p, "cannot be published: the name holds \"..\", \":\" or a backslash")));
    progress.accept("render: " + site.size() + " files");
    return site;
  }

  // Lucene indexes the published items; the export to static chunks joins the site's files.
  private SearchIndex index(SiteConfig config, SitePlan plan, SortedMap<String, Output> site) {
    SearchIndex index = SearchIndex.build(plan.published(), new VietnameseFormat(config.timeZone()));
    SortedMap<String, byte[]> exported = index.export(config.categories());
    exported.forEach((path, bytes) -> site.put(path, new Output.Bytes(bytes)));
    progress.accept("index: " + plan.published().size() + " items, " + exported.size() + " search files");
    return index;
  }

  private BuildResult publish(SortedMap<String, Output> site, SitePlan plan, SearchIndex index, Duration searchTime) {
    try {
      SitePublisher.Outcome outcome = new SitePublisher(options.out(), progress).publish(site);
      saveIndex(index);
      return new BuildResult(diagnostics.sorted(), false, plan.published().size(), site.size(), outcome.written(),
          plan.nextScheduled(), searchTime, false);
    } catch (IOException e) {
      diagnostics.add(Diagnostic.error(relative(options.out()), "cannot write the site: " + describe(e))
          .withHint("the previous site is unchanged; free some space or fix the permissions and build again"));
      return new BuildResult(diagnostics.sorted(), false, 0, 0, 0, plan.nextScheduled(), searchTime, true);
    }
  }

  // Saved only once the site is out, so the CLI and the service never answer from a newer index.
  private void saveIndex(SearchIndex index) {
    Path dir = options.source().resolve(SearchIndex.DIRECTORY);
    try {
      index.saveTo(dir);
    } catch (IOException e) {
      diagnostics.add(Diagnostic.warning(relative(dir), "cannot save the search index: " + describe(e))
          .withHint("the site was published; bulletin search answers from the previous index until a build saves it"));
    }
  }

  private void checkLinks(LoadedContent content, ParsedContent parsed, SitePlan plan) {
    Set<String> outputs = new HashSet<>();
    plan.pages().forEach(p -> outputs.add(p.path()));
    plan.files().forEach(f -> outputs.add(f.path()));
    plan.texts().forEach(t -> outputs.add(t.path()));
    Map<String, SourceFile> sources = new HashMap<>();
    Stream.concat(content.items().stream(), content.pages().stream()).forEach(s -> sources.put(s.path(), s));
    LinkChecker checker = new LinkChecker(outputs, sources);
    plan.published().forEach(item -> diagnostics.addAll(checker.check(item.sourcePath(), item.internalLinks())));
    parsed.pages().stream().filter(p -> options.drafts() || !p.draft())
        .forEach(page -> diagnostics.addAll(checker.check(page.sourcePath(), page.internalLinks())));
  }

  private List<FileSpec> templateAssets() {
    Optional<Path> dir = TemplateSource.of(options.source()).dir().map(d -> d.resolve("assets"));
    if (dir.isEmpty() || !Files.isDirectory(dir.get())) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir.get())) {
      List<FileSpec> assets = new ArrayList<>();
      walk.filter(Files::isRegularFile).sorted().forEach(p ->
          assets.add(new FileSpec("assets/" + dir.get().relativize(p).toString().replace('\\', '/'), p)));
      return assets;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Map<String, Output> embeddedAssets() {
    Map<String, Output> assets = new TreeMap<>();
    if (TemplateSource.of(options.source()).dir().isEmpty()) {
      for (String name : TemplateSource.embeddedAssets()) {
        assets.put("assets/" + name, new Output.Bytes(TemplateSource.embeddedAsset(name)));
      }
    }
    return assets;
  }

  private String relative(Path path) {
    Path source = options.source().toAbsolutePath().normalize();
    Path target = path.toAbsolutePath().normalize();
    return target.startsWith(source) ? source.relativize(target).toString() : target.toString();
  }

  private static String describe(IOException e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason() : reason;
  }

  /**
   * What {@code bulletin check} reports: every stage of {@link #build} but publish, then the
   * editorial review of what builds but reads badly.
   */
  public BuildResult check() {
    ConfigLoader.Result config = new ConfigLoader().load(options.source());
    if (config.hasErrors()) {
      return BuildResult.failed(config.diagnostics(), true, Optional.empty());
    }
    diagnostics.addAll(config.diagnostics());
    LoadedContent content = load();
    ParsedContent parsed = parse(config.config(), content);
    SitePlan plan = plan(config.config(), content, parsed);
    SortedMap<String, Output> site = render(config.config(), plan);
    diagnostics.addAll(new EditorialReview(options.source()).review(content));
    return new BuildResult(diagnostics.sorted(), false, plan.published().size(), site.size(), 0,
        plan.nextScheduled(), Duration.ZERO, false);
  }
}
