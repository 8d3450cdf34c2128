package vn.bulletin.parse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import vn.bulletin.cache.ParseCache;
import vn.bulletin.content.ContentLoader;
import vn.bulletin.content.LoadedContent;
import vn.bulletin.content.SourceFile;
import vn.bulletin.content.SourceStamp;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.diagnostic.Diagnostics;
import vn.bulletin.model.Document;
import vn.bulletin.model.NewsItem;
import vn.bulletin.model.StandalonePage;

/**
 * Parses every item and page independently, in parallel, each within its stack and time limits. A
 * source whose text (and measured photos) an earlier build parsed is taken from the store: unread
 * when its file's stamp did not move, else read and recognised by the hash of its text.
 */
public final class ParseStage {
  /** Told, from any thread, each time a source is parsed or taken from the store. */
  @FunctionalInterface
  public interface Progress {
    void parsed(int done, int total);
  }

  private final SourceParser parser;
  private final Duration budget;
  private final Progress listener;
  private final ParseCache cache;
  private final Path contentDir;
  private final AtomicInteger done = new AtomicInteger();
  private int total;
  private int fromCache;
  private int parsed;
  private long readAtNanos;
  private Map<String, SourceStamp> stamps = Map.of();
  private final Map<String, ParseCache.Stamp> photoStamps =
      new java.util.concurrent.ConcurrentHashMap<>();

  public ParseStage(
      SourceParser parser, Duration budget, Progress listener, ParseCache cache, Path contentDir) {
    this.parser = parser;
    this.budget = budget;
    this.listener = listener;
    this.cache = cache;
    this.contentDir = contentDir;
  }

  /**
   * Whether the store holds the parse of a source whose file has this stamp, with every photo it
   * measured unchanged: then the loader need not read it.
   */
  public boolean holds(String path, SourceStamp stamp) {
    return cache.findUnchanged(path, stamp).filter(this::photosUnchanged).isPresent();
  }

  /**
   * Parses what the loader read and takes from the store what it left unread.
   *
   * @param readAtNanos when the loader started to stamp and read the sources, in nanoseconds since
   *     the epoch
   */
  public ParsedContent parse(LoadedContent content, long readAtNanos, Diagnostics diagnostics) {
    total =
        content.items().size()
            + content.pages().size()
            + content.documents().size()
            + content.unread().size();
    this.readAtNanos = readAtNanos;
    this.stamps = content.stamps();
    List<String> unreadItems =
        content.unread().stream().filter(p -> !isPage(p) && !isDocument(p)).toList();
    List<String> unreadPages = content.unread().stream().filter(ParseStage::isPage).toList();
    List<String> unreadDocuments =
        content.unread().stream().filter(ParseStage::isDocument).toList();
    try (GuardedExecutor executor =
        new GuardedExecutor(Runtime.getRuntime().availableProcessors())) {
      return new ParsedContent(
          run(
              executor,
              content.items(),
              unreadItems,
              counted(parser::parseItem),
              ParseCache.Entry::item,
              diagnostics),
          run(
              executor,
              content.pages(),
              unreadPages,
              counted(parser::parsePage),
              ParseCache.Entry::page,
              diagnostics),
          run(
              executor,
              content.documents(),
              unreadDocuments,
              counted(parser::parseDocument),
              ParseCache.Entry::document,
              diagnostics));
    }
  }

  private static boolean isPage(String projectPath) {
    return projectPath.startsWith(ContentLoader.CONTENT_DIR + "/" + ContentLoader.PAGES_DIR);
  }

  private static boolean isDocument(String projectPath) {
    return projectPath.startsWith(ContentLoader.CONTENT_DIR + "/" + ContentLoader.DOCUMENTS_DIR);
  }

  /** How many sources the last {@link #parse} took from the store. */
  public int fromCache() {
    return fromCache;
  }

  /** How many sources the last {@link #parse} parsed. */
  public int parsed() {
    return parsed;
  }

  private <T> Function<SourceFile, SourceParser.Parsed<T>> counted(
      Function<SourceFile, SourceParser.Parsed<T>> task) {
    return source -> {
      SourceParser.Parsed<T> result = task.apply(source);
      listener.parsed(done.incrementAndGet(), total);
      return result;
    };
  }

  // In path order, as the loader lists them: the sources read and those known from their stamps.
  private <T> List<T> run(
      GuardedExecutor executor,
      List<SourceFile> sources,
      List<String> unread,
      Function<SourceFile, SourceParser.Parsed<T>> task,
      Function<ParseCache.Entry, Optional<T>> cached,
      Diagnostics diagnostics) {
    List<String> hashes = sources.parallelStream().map(s -> ParseCache.hash(s.text())).toList();
    List<Optional<ParseCache.Entry>> hits = new ArrayList<>();
    List<SourceFile> misses = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      SourceFile source = sources.get(i);
      Optional<ParseCache.Entry> hit =
          cache
              .find(source.path(), hashes.get(i), stampOf(source.path()), readAtNanos)
              .filter(this::photosUnchanged);
      hits.add(hit);
      if (hit.isEmpty()) {
        misses.add(source);
      }
    }
    List<GuardedExecutor.Outcome<SourceParser.Parsed<T>>> outcomes =
        executor.run(misses, task, budget);
    TreeMap<String, T> parsedByPath = new TreeMap<>();
    for (String path : unread) {
      ParseCache.Entry entry = cache.findUnchanged(path, stampOf(path)).orElseThrow();
      cache.use(path);
      take(entry, cached, diagnostics).ifPresent(value -> parsedByPath.put(path, value));
    }
    int miss = 0;
    for (int i = 0; i < sources.size(); i++) {
      String path = sources.get(i).path();
      if (hits.get(i).isPresent()) {
        take(hits.get(i).get(), cached, diagnostics)
            .ifPresent(value -> parsedByPath.put(path, value));
        continue;
      }
      parsed++;
      var outcome = outcomes.get(miss++);
      if (outcome instanceof GuardedExecutor.Done<SourceParser.Parsed<T>> result) {
        diagnostics.addAll(result.result().diagnostics());
        result.result().value().ifPresent(value -> parsedByPath.put(path, value));
        remember(sources.get(i), hashes.get(i), result.result());
      } else if (outcome instanceof GuardedExecutor.Overflowed) {
        diagnostics.add(
            Diagnostic.error(path, "Markdown is nested too deeply to render")
                .withHint(
                    "look for long runs of \">\", list markers or brackets, as pasted text can hold"));
      } else {
        diagnostics.add(
            Diagnostic.error(
                    path, "Markdown took longer than " + budget.toSeconds() + " s to render")
                .withHint(
                    "look for long runs of backticks, brackets or asterisks, and split very long files"));
      }
    }
    return List.copyOf(parsedByPath.values());
  }

  private <T> Optional<T> take(
      ParseCache.Entry entry,
      Function<ParseCache.Entry, Optional<T>> cached,
      Diagnostics diagnostics) {
    fromCache++;
    diagnostics.addAll(entry.diagnostics());
    listener.parsed(done.incrementAndGet(), total);
    return cached.apply(entry);
  }

  // Sources with errors are parsed again next time: they are few, and their messages stay fresh.
  private <T> void remember(SourceFile source, String hash, SourceParser.Parsed<T> result) {
    if (result.value().isEmpty()) {
      return;
    }
    Object value = result.value().get();
    List<ParseCache.Stamp> stamps = result.photos().stream().distinct().map(this::stamp).toList();
    cache.put(
        source.path(),
        hash,
        stampOf(source.path()),
        readAtNanos,
        new ParseCache.Entry(
            value instanceof NewsItem item ? Optional.of(item) : Optional.empty(),
            value instanceof StandalonePage page ? Optional.of(page) : Optional.empty(),
            value instanceof Document document ? Optional.of(document) : Optional.empty(),
            result.diagnostics(),
            stamps));
  }

  // A source read but not stamped (none today) gets a stamp no later build matches.
  private SourceStamp stampOf(String path) {
    SourceStamp stamp = stamps.get(path);
    return stamp == null ? new SourceStamp(-1, -1, "") : stamp;
  }

  private boolean photosUnchanged(ParseCache.Entry entry) {
    return entry.photos().stream().allMatch(s -> s.equals(stamp(s.photo())));
  }

  // Many items show the same photo (a logo, a shared upload): each is looked at once a build.
  private ParseCache.Stamp stamp(String photo) {
    return photoStamps.computeIfAbsent(photo, this::statPhoto);
  }

  private ParseCache.Stamp statPhoto(String photo) {
    try {
      BasicFileAttributes attributes =
          Files.readAttributes(contentDir.resolve(photo), BasicFileAttributes.class);
      return new ParseCache.Stamp(
          photo, attributes.size(), attributes.lastModifiedTime().toMillis());
    } catch (IOException | RuntimeException e) {
      return new ParseCache.Stamp(photo, -1, -1);
    }
  }
}
