package vn.bulletin.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import vn.bulletin.attachment.AttachmentReader;
import vn.bulletin.attachment.AttachmentTexts;
import vn.bulletin.cache.ParseCache;
import vn.bulletin.check.EditorialReview;
import vn.bulletin.config.ConfigLoader;
import vn.bulletin.config.SiteConfig;
import vn.bulletin.content.ContentListing;
import vn.bulletin.content.ContentLoader;
import vn.bulletin.content.KnownSources;
import vn.bulletin.content.LoadedContent;
import vn.bulletin.content.SourceFile;
import vn.bulletin.content.StaticFile;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.diagnostic.Diagnostics;
import vn.bulletin.markdown.ImageSizeReader;
import vn.bulletin.model.VietnameseFormat;
import vn.bulletin.parse.ParseStage;
import vn.bulletin.parse.ParsedContent;
import vn.bulletin.parse.SourceParser;
import vn.bulletin.photo.PhotoCatalogStore;
import vn.bulletin.photo.PhotoLookup;
import vn.bulletin.photo.VariantMaker;
import vn.bulletin.photo.VariantStore;
import vn.bulletin.plan.PublicationRules;
import vn.bulletin.plan.SitePlan;
import vn.bulletin.plan.SitePlanner;
import vn.bulletin.publish.ReleaseWriter;
import vn.bulletin.publish.SitePublisher;
import vn.bulletin.search.SearchExport;
import vn.bulletin.search.SearchIndex;
import vn.bulletin.search.SearchState;

/**
 * The pipeline. {@link #build} reads as the list of stages, in order: load, parse, plan, render,
 * index, publish.
 */
public final class SiteBuilder {
  /** Where a project keeps its parsed sources between builds, relative to its source folder. */
  public static final String PARSE_CACHE = ".bulletin/cache/parsed.bin";

  private final BuildOptions options;
  private final BuildListener listener;
  private final Consumer<String> progress;
  private final BuildSession session;
  private Optional<LastBuild.Inputs> inputs = Optional.empty();
  private final Diagnostics diagnostics = new Diagnostics();
  private List<String> read = List.of();
  private int parsedCount;
  private List<String> encoded = List.of();
  private Optional<PhotoCatalogStore> photos = Optional.empty();
  private Map<String, String> lastPhotoFailures = Map.of();
  private Set<String> photoKeys = Set.of();

  public SiteBuilder(BuildOptions options) {
    this(options, BuildListener.SILENT);
  }

  /**
   * @param progress told one line per stage and per publishing step as each ends ({@code
   *     --verbose})
   */
  public SiteBuilder(BuildOptions options, Consumer<String> progress) {
    this(options, BuildListener.lines(progress));
  }

  /**
   * @param listener told each step as it ends and the counts of files parsed and pages rendered
   */
  public SiteBuilder(BuildOptions options, BuildListener listener) {
    this(options, listener, BuildSession.fromDisk());
  }

  /**
   * @param session what earlier builds left: kept in memory by a long-lived preview, else read from
   *     disk
   */
  public SiteBuilder(BuildOptions options, BuildListener listener, BuildSession session) {
    this.options = options;
    this.listener = listener;
    this.progress = listener::stepEnded;
    this.session = session;
  }

  public BuildResult build() {
    StageEvent stamping = StageEvent.start("stamp");
    long listedAt = nowNanos();
    ContentListing listing = session.listing(options.project());
    Optional<LastBuild.Inputs> inputs =
        LastBuild.stamp(options, CacheSalt.of(options.project()), listing, listedAt);
    Optional<BuildResult> nothingToDo = inputs.flatMap(this::unchangedSinceLastBuild);
    stamping.commit();
    if (nothingToDo.isPresent()) {
      return nothingToDo.get();
    }
    LastBuild.forget(options.project());
    this.inputs = inputs;
    ConfigLoader.Result config = new ConfigLoader().load(options.project());
    if (config.hasErrors()) {
      return configFailed(config);
    }
    openConfig(config);
    ParsedContent parsed;
    List<StaticFile> files;
    {
      // The sources' texts go once parsed (their slot is reused below): at 100,000 items they take
      // as much memory as the parsed items. A message quoting a line reads its file again.
      Store store = openStore(config.config());
      LoadedContent content = load(listing, store.stage()::holds);
      parsed = parse(store.stage(), store.cache(), content, listedAt, true);
      files = content.files();
    }
    Function<String, Optional<SourceFile>> sources = new ContentLoader(options.project())::reread;
    SitePlan plan = plan(config.config(), files, parsed, sources);
    if (diagnostics.hasErrors()) {
      List<String> rendered = render(config.config(), plan, Optional.empty());
      savePhotos();
      return contentFailed(plan, rendered);
    }
    // The release takes each file as it is rendered; it goes live only in publish.
    try (ReleaseWriter release = new SitePublisher(options.out(), progress).open()) {
      List<String> rendered = render(config.config(), plan, Optional.of(release));
      reportPhotos(sources, parsed, plan, lastPhotoFailures, false);
      savePhotos();
      if (diagnostics.hasErrors()) {
        return contentFailed(plan, rendered);
      }
      long started = System.nanoTime();
      try (Search search = index(config.config(), plan, release)) {
        Duration searchTime = Duration.ofNanos(System.nanoTime() - started);
        return publish(config.config(), release, plan, search, searchTime, rendered);
      }
    } catch (IOException | UncheckedIOException e) {
      IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
      return writeFailed(plan, cause);
    }
  }

  // What a build and a check open first, in this order: the config (a failure when it has errors,
  // its warnings kept), the photo catalog for it, then the parse store and the stage reading
  // through it.
  private static BuildResult configFailed(ConfigLoader.Result config) {
    return new BuildResult.Failed(
        config.diagnostics(), BuildResult.Cause.CONFIG, Optional.empty(), BuildResult.Work.NONE);
  }

  private void openConfig(ConfigLoader.Result config) {
    diagnostics.addAll(config.diagnostics());
    photos = Optional.of(openPhotos(config.config()));
  }

  private record Store(ParseCache cache, ParseStage stage) {}

  private Store openStore(SiteConfig config) {
    StageEvent opening = StageEvent.start("store");
    ParseCache cache = session.startBuild(options.project());
    cache.startBuild();
    opening.commit();
    return new Store(cache, parseStage(config, cache));
  }

  private LoadedContent load(ContentListing listing, KnownSources known) {
    StageEvent event = StageEvent.start("load");
    LoadedContent content = new ContentLoader(options.project()).load(listing, known);
    diagnostics.addAll(content.diagnostics());
    read =
        Stream.of(content.items(), content.pages(), content.documents())
            .flatMap(List::stream)
            .map(SourceFile::path)
            .sorted()
            .toList();
    progress.accept(StageLines.load(content));
    event.commit();
    return content;
  }

  private ParseStage parseStage(SiteConfig config, ParseCache store) {
    Path contentDir = options.project().resolve(ContentLoader.CONTENT_DIR);
    ImageSizeReader sizes = new ImageSizeReader(contentDir, photos, config.photos());
    AttachmentReader attachments =
        new AttachmentReader(
            contentDir, AttachmentTexts.of(options.project()), config.documents().maxFileBytes());
    return new ParseStage(
        new SourceParser(config, sizes, attachments),
        options.fileBudget(),
        listener::sourcesParsed,
        store,
        contentDir);
  }

  // A check reads the store but writes nothing.
  private ParsedContent parse(
      ParseStage stage, ParseCache store, LoadedContent content, long readAt, boolean saveStore) {
    StageEvent event = StageEvent.start("parse");
    ParsedContent parsed = stage.parse(content, readAt, diagnostics);
    parsedCount = stage.parsed();
    try {
      if (saveStore) {
        store.save();
      }
    } catch (IOException e) {
      // Only the next build's speed depends on it.
      diagnostics.add(
          Diagnostic.warning(PARSE_CACHE, "cannot save the parse cache: " + describe(e)));
    }
    progress.accept(StageLines.parse(parsed, stage));
    event.commit();
    return parsed;
  }

  // When the loader starts, by the wall clock the file system stamps files with.
  private static long nowNanos() {
    Instant now = Instant.now();
    return now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  private SitePlan plan(
      SiteConfig config,
      List<StaticFile> files,
      ParsedContent parsed,
      Function<String, Optional<SourceFile>> sources) {
    StageEvent event = StageEvent.start("plan");
    PublicationRules rules =
        new PublicationRules(options.drafts(), options.future(), options.clock().instant());
    Function<String, PhotoLookup> lookup =
        path ->
            photos
                .map(p -> p.find(path))
                .orElseThrow(
                    () -> new IllegalStateException("the photo catalog is opened before the plan"));
    SitePlan plan =
        new SitePlanner(config, session.views())
            .plan(
                new SitePlanner.Input(
                    parsed.items(),
                    parsed.pages(),
                    parsed.documents(),
                    files,
                    TemplateAssets.of(options.project()),
                    TemplateAssets.builtIn(options.project()),
                    rules,
                    lookup,
                    Map.of(SearchExport.FOLDER, "the search index's files")));
    diagnostics.addAll(new UrlLineLocator(sources).locate(plan.diagnostics()));
    diagnostics.addAll(
        LinkChecker.of(plan, sources).checkAll(plan, parsed.pages(), options.drafts()));
    reportPhotos(sources, parsed, plan, plan.photoProblems(), false);
    progress.accept(StageLines.plan(plan));
    event.commit();
    return plan;
  }

  // Without a release (a check, or content errors) pages are rendered only to find template errors.
  private List<String> render(SiteConfig config, SitePlan plan, Optional<ReleaseWriter> release) {
    StageEvent event = StageEvent.start("render");
    PhotoOutputs photoOutputs =
        new PhotoOutputs(
            new VariantMaker(
                new VariantStore(options.project(), config.photos()), config.photos()));
    RenderStage.Outcome outcome =
        new RenderStage(options.project(), listener, photoOutputs)
            .render(config, plan, release, session.digests());
    diagnostics.addAll(outcome.diagnostics());
    lastPhotoFailures = outcome.photos().problems();
    encoded = outcome.photos().encoded();
    photoKeys = outcome.photos().keys();
    progress.accept(StageLines.render(outcome, plan));
    event.commit();
    return outcome.rendered();
  }

  // Lucene indexes the published items; the export to static chunks joins the site's files. Only
  // the items that changed are analysed, and export chunks equal to the live ones are kept as they
  // are.
  /**
   * The search state this build updated, committed once the release is live and let go after the
   * build.
   */
  private record Search(SearchState state) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      state.release();
    }
  }

  private Search index(SiteConfig config, SitePlan plan, ReleaseWriter release) throws IOException {
    StageEvent event = StageEvent.start("index");
    VietnameseFormat format = new VietnameseFormat(config.timeZone());
    SearchState state =
        session.search(options.project().resolve(SearchIndex.DIRECTORY), options.out());
    try {
      SearchExport export =
          state.update(
              plan.published(),
              plan.documents(),
              AttachmentTexts.of(options.project())::text,
              config.categories(),
              format,
              path -> release.canKeep(path, SearchFiles.KEY));
      SearchFiles.write(export, release);
      progress.accept(StageLines.index(export, plan));
      event.commit();
      return new Search(state);
    } catch (IOException | RuntimeException e) {
      state.release();
      throw e;
    }
  }

  private BuildResult publish(
      SiteConfig config,
      ReleaseWriter release,
      SitePlan plan,
      Search search,
      Duration searchTime,
      List<String> rendered)
      throws IOException {
    StageEvent event = StageEvent.start("publish");
    SitePublisher.Outcome outcome = release.commit();
    saveIndex(search.state());
    prunePhotos(config);
    remember(plan, outcome);
    event.commit();
    return new BuildResult.Published(
        diagnostics.sorted(),
        plan.published().size(),
        outcome.written() + outcome.unchanged(),
        outcome.written(),
        BuildResult.Scheduled.of(plan.nextScheduled()),
        searchTime,
        work(rendered));
  }

  // Only a build with nothing to say (a later one that skips the work would not repeat its
  // warnings)
  // and whose recently saved files held still while it read them.
  private void remember(SitePlan plan, SitePublisher.Outcome outcome) {
    if (!diagnostics.sorted().isEmpty() || inputs.isEmpty() || !inputs.get().racyUnchanged()) {
      return;
    }
    try {
      LastBuild.write(
          options.project(),
          new LastBuild.Record(
              inputs.get(),
              LastBuild.liveRelease(options.out()),
              options.clock().instant(),
              BuildResult.Scheduled.of(plan.nextScheduled()),
              plan.published().size(),
              outcome.written() + outcome.unchanged(),
              plan.pages().size()));
    } catch (IOException e) {
      // Only the next build's speed depends on it.
    }
  }

  /** The last build's result again when nothing it read changed: its site is the one to publish. */
  private Optional<BuildResult> unchangedSinceLastBuild(LastBuild.Inputs now) {
    Optional<LastBuild.Record> last =
        LastBuild.read(options.project())
            .filter(
                record ->
                    LastBuild.unchanged(record, now, options.clock().instant(), options.out()))
            .filter(record -> Files.isDirectory(options.project().resolve(SearchIndex.DIRECTORY)));
    last.ifPresent(
        record -> {
          progress.accept("load: nothing changed since the last build");
          listener.pagesRendered(record.pages(), record.pages());
          progress.accept(
              "publish: unchanged, "
                  + options.out().getFileName()
                  + " stays at "
                  + Path.of(record.release()).getFileName());
        });
    return last.map(
        record ->
            new BuildResult.Published(
                List.of(),
                record.published(),
                record.files(),
                0,
                record.next(),
                Duration.ZERO,
                BuildResult.Work.NONE));
  }

  private BuildResult writeFailed(SitePlan plan, IOException e) {
    diagnostics.add(
        Diagnostic.error(relative(options.out()), "cannot write the site: " + describe(e))
            .withHint(
                "the previous site is unchanged; free some space or fix the permissions and build again"));
    return new BuildResult.Failed(
        diagnostics.sorted(),
        BuildResult.Cause.WRITE,
        BuildResult.Scheduled.of(plan.nextScheduled()),
        work(List.of()));
  }

  private BuildResult contentFailed(SitePlan plan, List<String> rendered) {
    return new BuildResult.Failed(
        diagnostics.sorted(),
        BuildResult.Cause.CONTENT,
        BuildResult.Scheduled.of(plan.nextScheduled()),
        work(rendered));
  }

  // Committed only once the site is out, so the CLI and the service never answer from a newer
  // index.
  private void saveIndex(SearchState state) {
    Path dir = options.project().resolve(SearchIndex.DIRECTORY);
    try {
      state.published();
    } catch (IOException e) {
      diagnostics.add(
          Diagnostic.warning(relative(dir), "cannot save the search index: " + describe(e))
              .withHint(
                  "the site was published; bulletin search answers from the previous index until a build saves it"));
    }
  }

  private PhotoCatalogStore openPhotos(SiteConfig config) {
    return PhotoCatalogStore.open(
        options.project(), options.project().resolve(ContentLoader.CONTENT_DIR), config.photos());
  }

  // Photos that cannot be published (or, for check, that look poor), at the line of each file
  // showing them.
  private void reportPhotos(
      Function<String, Optional<SourceFile>> sources,
      ParsedContent parsed,
      SitePlan plan,
      Map<String, String> notes,
      boolean warn) {
    diagnostics.addAll(
        new PhotoNotes(sources, options.drafts()).report(parsed.pages(), plan, notes, warn));
  }

  // Once the site is out: the copies of photos it no longer shows go from the store.
  private void prunePhotos(SiteConfig config) {
    PhotoUpkeep.prune(options.project(), config, photoKeys).ifPresent(diagnostics::add);
  }

  private void savePhotos() {
    photos.flatMap(PhotoUpkeep::save).ifPresent(diagnostics::add);
  }

  private String relative(Path path) {
    Path source = options.project().toAbsolutePath().normalize();
    Path target = path.toAbsolutePath().normalize();
    return target.startsWith(source) ? source.relativize(target).toString() : target.toString();
  }

  static String describe(IOException e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return e instanceof java.nio.file.FileSystemException f && f.getReason() != null
        ? f.getReason()
        : reason;
  }

  /**
   * What {@code bulletin check} reports: every stage of {@link #build} but publish, then the
   * editorial review of what builds but reads badly.
   */
  public BuildResult check() {
    ConfigLoader.Result config = new ConfigLoader().load(options.project());
    if (config.hasErrors()) {
      return configFailed(config);
    }
    openConfig(config);
    Store store = openStore(config.config());
    long readAt = nowNanos();
    LoadedContent content = load(ContentListing.of(options.project()), KnownSources.NONE);
    ParsedContent parsed = parse(store.stage(), store.cache(), content, readAt, false);
    Map<String, SourceFile> sources = new HashMap<>();
    Stream.of(content.items(), content.pages(), content.documents())
        .flatMap(List::stream)
        .forEach(s -> sources.put(s.path(), s));
    SitePlan plan =
        plan(
            config.config(),
            content.files(),
            parsed,
            path -> Optional.ofNullable(sources.get(path)));
    List<String> rendered = render(config.config(), plan, Optional.empty());
    reportPhotos(
        path -> Optional.ofNullable(sources.get(path)),
        parsed,
        plan,
        PhotoNotes.narrow(config.config(), plan),
        true);
    diagnostics.addAll(new EditorialReview(options.project()).review(content));
    return new BuildResult.Checked(
        diagnostics.sorted(),
        plan.published().size(),
        BuildResult.Scheduled.of(plan.nextScheduled()),
        work(rendered));
  }

  private BuildResult.Work work(List<String> rendered) {
    return new BuildResult.Work(read, parsedCount, rendered, encoded);
  }
}
