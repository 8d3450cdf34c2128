package vn.bulletin.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.bulletin.model.Category;
import vn.bulletin.model.Document;
import vn.bulletin.model.NewsItem;
import vn.bulletin.model.VietnameseFormat;

/**
 * The search side of a project between builds: the Lucene index in {@code .bulletin/search-index}
 * and what the live export is made of. Each build calls {@link #update} with the plan's published
 * items, hands the returned files to the release (keeping those marked unchanged), and once the
 * release is live calls {@link #published}, which commits the index where {@code bulletin search}
 * and the service read it. Only the items whose indexed fields changed are analysed, and only the
 * export chunks of their terms are made again.
 *
 * <p>A one-shot build opens it with {@link #open}, uses it once and closes it: the export state is
 * then read back from the live release's files (each checked against its content-hash name) and the
 * commit says which export it belongs to. A long-lived process ({@code serve --watch}) keeps one
 * instance in a field, calls {@code update}/{@code published} per build and {@link #release} after
 * each: the index's lock is held only during a build, and the state stays in memory as long as the
 * index's last commit is the one this instance made (another process's build makes it read again).
 * A build that is not published (an error, a failed write) must not call {@code published}: the
 * next {@code update} rolls the index back and reads the state afresh. A damaged or foreign index
 * or live export is never trusted: the build indexes or exports everything, which is only slower.
 * Not thread-safe: one build at a time.
 */
public final class SearchState implements AutoCloseable {
  private static final String EXPORT = "bulletin.export";

  /**
   * Analysing everything is cheaper than deleting and re-adding more than this share of the items.
   */
  private static final double REINDEX_SHARE = 0.5;

  private final Directory directory;
  private final Optional<Path> liveSite;
  private final Map<String, String> folds = new ConcurrentHashMap<>();
  private IndexWriter writer;
  private Map<String, SavedIndex.Doc> saved;
  private ExportState export;

  /** The commit data of the last commit this instance made or read its state from. */
  private Optional<String> committed = Optional.empty();

  private Pending pending;

  /** The versions the last update hashed, by item object, and the zone they were hashed in. */
  private Map<NewsItem, String> versions = Map.of();

  private java.time.ZoneId versionsZone;

  private record Pending(Map<String, SavedIndex.Doc> saved, ExportState export) {}

  private SearchState(Directory directory, Optional<Path> liveSite) {
    this.directory = directory;
    this.liveSite = liveSite;
  }

  /**
   * The state of a project whose index is in {@code indexDir} and whose live site is {@code site}
   * (where the previous build's {@code search/} files are); nothing is read until the first update.
   */
  public static SearchState open(Path indexDir, Path site) throws IOException {
    Files.createDirectories(indexDir);
    return new SearchState(FSDirectory.open(indexDir), Optional.of(site));
  }

  /** A state that lives in memory only, for tests and tools. */
  public static SearchState inMemory() {
    return new SearchState(new ByteBuffersDirectory(), Optional.empty());
  }

  /**
   * Brings the index up to date with {@code published} (the plan's list, newest first) and returns
   * the files of {@code site/search/}. {@code live} tells whether the live release still holds a
   * file of the previous export at a path: one it lacks is made again.
   */
  public SearchExport update(
      List<NewsItem> published,
      List<Category> categories,
      VietnameseFormat format,
      Predicate<String> live)
      throws IOException {
    return update(published, List.of(), AttachmentText.NONE, categories, format, live);
  }

  /**
   * As {@link #update(List, List, VietnameseFormat, Predicate)}, with the published documents (văn
   * bản) indexed among the items, by their issue day, under the category "Văn bản"; the texts of
   * their attached files are read from {@code texts} one document at a time.
   */
  public SearchExport update(
      List<NewsItem> items,
      List<Document> documents,
      AttachmentText texts,
      List<Category> categories,
      VietnameseFormat format,
      Predicate<String> live)
      throws IOException {
    List<NewsItem> published = items;
    if (!documents.isEmpty()) {
      List<NewsItem> all = new ArrayList<>(items);
      documents.forEach(d -> all.add(DocumentEntries.of(d, format, texts)));
      all.sort(NEWEST_FIRST);
      published = all;
      categories = new ArrayList<>(categories);
      categories.add(DocumentEntries.CATEGORY);
    }
    return updateEntries(published, categories, format, live);
  }

  // As the plan orders items: by instant, newest first, then by path.
  private static final java.util.Comparator<NewsItem> NEWEST_FIRST =
      java.util.Comparator.comparingLong((NewsItem i) -> i.date().toEpochSecond())
          .thenComparingInt(i -> i.date().getNano())
          .reversed()
          .thenComparing(NewsItem::path);

  private SearchExport updateEntries(
      List<NewsItem> published,
      List<Category> categories,
      VietnameseFormat format,
      Predicate<String> live)
      throws IOException {
    if (pending != null) {
      forget();
    }
    // Every item's version is hashed while the index and the live export are read; an item the
    // last build of this process hashed (the same object, in the same zone) is not hashed again.
    Map<NewsItem, String> known = format.zone().equals(versionsZone) ? versions : Map.of();
    CompletableFuture<List<String>> hashing =
        CompletableFuture.supplyAsync(
            () ->
                IntStream.range(0, published.size())
                    .parallel()
                    .mapToObj(
                        i -> {
                          String version = known.get(published.get(i));
                          return version != null
                              ? version
                              : ItemTerms.version(published.get(i), format);
                        })
                    .toList());
    if (writer == null) {
      openWriter();
    }
    List<String> versions = hashing.join();
    Map<NewsItem, String> hashed = new IdentityHashMap<>(published.size() * 2);
    for (int i = 0; i < published.size(); i++) {
      hashed.put(published.get(i), versions.get(i));
    }
    this.versions = hashed;
    this.versionsZone = format.zone();
    Map<String, String> versionOf = new HashMap<>();
    Map<String, NewsItem> byPath = new HashMap<>();
    List<NewsItem> changed = new ArrayList<>();
    for (int i = 0; i < published.size(); i++) {
      NewsItem item = published.get(i);
      byPath.put(item.path(), item);
      versionOf.put(item.path(), versions.get(i));
      SavedIndex.Doc doc = saved.get(item.path());
      if (doc == null || !doc.version().equals(versions.get(i))) {
        changed.add(item);
      }
    }
    Set<String> removed = new HashSet<>(saved.keySet());
    removed.removeAll(byPath.keySet());
    boolean reindex = changed.size() + removed.size() > published.size() * REINDEX_SHARE;
    try (DirectoryReader old = DirectoryReader.open(writer)) {
      Map<String, ItemTerms> analysed = analyse(reindex ? published : changed, format, versionOf);
      apply(reindex, analysed, removed);
      try (DirectoryReader now = DirectoryReader.open(writer)) {
        Map<String, SavedIndex.Doc> nextSaved = nextSaved(reindex, analysed, removed);
        DocTable table =
            table(published, nextSaved, reindex || export == null ? null : export.table());
        Postings postings = new Postings(now, table, folds);
        StaticExport.Changes changes =
            new StaticExport.Changes(
                analysed, reindex ? saved.keySet() : removed, path -> SavedIndex.doc(old, path));
        StaticExport.Result result =
            new StaticExport(postings, table, categories, postings.storedRows())
                .export(reindex ? null : export, changes, live);
        pending = new Pending(nextSaved, result.state());
        return new SearchExport(
            result.files(), analysed.size(), result.recordsRead(), result.full());
      }
    }
  }

  /** Commits the index of the last update: call once its export is live. */
  public void published() throws IOException {
    if (pending == null) {
      throw new IllegalStateException("no update to publish");
    }
    String manifest = HexFormat.of().formatHex(ExportFiles.sha256(pending.export().manifest()));
    writer.setLiveCommitData(Map.of(EXPORT, manifest).entrySet());
    writer.commit();
    committed = Optional.of(manifest);
    saved = pending.saved();
    export = pending.export();
    pending = null;
  }

  /** An engine over the committed index, for tests and tools; it leaves the state open. */
  public SearchEngine engine() throws IOException {
    return new SearchEngine(DirectoryReader.open(directory), null);
  }

  private static Map<String, ItemTerms> analyse(
      List<NewsItem> items, VietnameseFormat format, Map<String, String> versions) {
    Map<String, ItemTerms> out = new ConcurrentHashMap<>();
    items.parallelStream()
        .forEach(
            item -> out.put(item.path(), ItemTerms.of(item, format, versions.get(item.path()))));
    return out;
  }

  private void apply(boolean reindex, Map<String, ItemTerms> analysed, Set<String> removed)
      throws IOException {
    if (reindex) {
      writer.deleteAll();
    } else {
      for (String path : removed) {
        writer.deleteDocuments(new Term(IndexFields.PATH, path));
      }
      for (String path : analysed.keySet()) {
        writer.deleteDocuments(new Term(IndexFields.PATH, path));
      }
    }
    try {
      analysed.values().parallelStream()
          .forEach(
              item -> {
                try {
                  writer.addDocument(ItemDocuments.of(item));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private Map<String, SavedIndex.Doc> nextSaved(
      boolean reindex, Map<String, ItemTerms> analysed, Set<String> removed) {
    Map<String, SavedIndex.Doc> next = reindex ? new HashMap<>() : new HashMap<>(saved);
    removed.forEach(next::remove);
    analysed
        .values()
        .forEach(
            item ->
                next.put(
                    item.path(),
                    new SavedIndex.Doc(
                        item.version(),
                        item.epochMillis(),
                        new DocTable.Lengths(
                            item.titleFold().length(),
                            item.bodyFold().length(),
                            item.bigrams().length()))));
    return next;
  }

  private static DocTable table(
      List<NewsItem> published, Map<String, SavedIndex.Doc> docs, DocTable previous) {
    Map<String, Category> categories = new HashMap<>();
    Map<String, DocTable.Lengths> lengths = new HashMap<>();
    List<String> paths = new ArrayList<>(published.size());
    for (NewsItem item : published) {
      paths.add(item.path());
      categories.put(item.path(), item.category());
      lengths.put(item.path(), docs.get(item.path()).lengths());
    }
    return new DocTable(paths, categories, lengths, previous);
  }

  private void openWriter() throws IOException {
    try {
      writer =
          new IndexWriter(
              directory,
              SearchIndex.config().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
      Optional<String> commit = commitData(writer);
      if (saved != null && commit.isPresent() && commit.equals(committed)) {
        return;
      }
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        saved = SavedIndex.read(reader);
        export = LiveExport.read(liveSite, saved, writer.getLiveCommitData(), EXPORT).orElse(null);
        committed = commit;
      }
    } catch (IOException | RuntimeException e) {
      // A damaged or foreign index is only a slower build: start a new one.
      if (writer != null) {
        writer.rollback();
      }
      writer =
          new IndexWriter(
              directory, SearchIndex.config().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
      saved = Map.of();
      export = null;
      committed = Optional.empty();
    }
  }

  // An opened writer holds its last commit's data.
  private static Optional<String> commitData(IndexWriter writer) {
    for (Map.Entry<String, String> entry : writer.getLiveCommitData()) {
      if (entry.getKey().equals(EXPORT)) {
        return Optional.of(entry.getValue());
      }
    }
    return Optional.empty();
  }

  // The update was not published: the index goes back to its last commit, which the state of the
  // last published build (kept in memory) describes.
  private void forget() throws IOException {
    pending = null;
    writer.rollback();
    writer =
        new IndexWriter(
            directory,
            SearchIndex.config().setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
  }

  /**
   * Ends a build: the index's lock is let go, an update that was not published is dropped, and what
   * the last published one left stays in memory for the next {@link #update}.
   */
  public void release() throws IOException {
    pending = null;
    if (writer != null) {
      writer.rollback();
      writer = null;
    }
  }

  @Override
  public void close() throws IOException {
    if (writer != null) {
      writer.rollback();
      writer = null;
    }
    directory.close();
  }
}
