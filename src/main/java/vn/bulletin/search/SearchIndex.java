package vn.bulletin.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.IntStream;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.util.Bits;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.bulletin.fingerprint.Fingerprint;
import vn.bulletin.model.Category;
import vn.bulletin.model.NewsItem;
import vn.bulletin.model.VietnameseFormat;

/**
 * The Lucene index of one build, in memory until the site is published: then {@link #saveTo} commits
 * it where {@code bulletin search} and the service read it. Lucene's files are not byte-reproducible,
 * which is why they stay outside {@code site/}.
 */
public final class SearchIndex implements AutoCloseable {
  /** Where a project keeps its index, relative to its source folder. */
  public static final String DIRECTORY = ".bulletin/search-index";

  private static final String FINGERPRINT = "bulletin.fingerprint";

  private final Directory directory;

  private SearchIndex(Directory directory) {
    this.directory = directory;
  }

  /**
   * What the index of these published items is made of, hashed once per item: each item's version
   * (its indexed fields and order) and, over them and the categories, the fingerprint of the whole
   * index and its export. A build whose fingerprint equals the last one's keeps that index.
   */
  public record Contents(List<NewsItem> published, VietnameseFormat format, List<String> versions,
      String fingerprint) {}

  public static Contents contents(List<NewsItem> published, List<Category> categories, VietnameseFormat format) {
    ItemDocuments documents = new ItemDocuments(format);
    List<String> versions = IntStream.range(0, published.size()).parallel()
        .mapToObj(i -> documents.version(published.get(i), published.size() - 1L - i)).toList();
    Fingerprint digest = new Fingerprint().add("format " + StaticExport.FORMAT);
    for (Category category : categories) {
      digest.add(category.slug()).add(category.name());
    }
    versions.forEach(digest::add);
    return new Contents(published, format, versions, digest.hex());
  }

  /** Indexes the published items (the plan's list: drafts and future items are not in it). */
  public static SearchIndex build(List<NewsItem> published, VietnameseFormat format) {
    return build(contents(published, List.of(), format));
  }

  public static SearchIndex build(Contents contents) {
    List<NewsItem> published = contents.published();
    Directory memory = new ByteBuffersDirectory();
    ItemDocuments documents = new ItemDocuments(contents.format());
    try (IndexWriter writer = new IndexWriter(memory, config())) {
      // Every core analyzes and adds items: each thread's buffer flushes as its own segment, and the
      // index sort puts the merged segment in order. The plan lists newest first; order 0 is the
      // oldest, so a new item takes the next doc id.
      IntStream.range(0, published.size()).parallel()
          .forEach(i -> add(writer, documents.of(published.get(i), published.size() - 1L - i,
              contents.versions().get(i))));
      writer.forceMerge(1);
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SearchIndex(memory);
  }

  /**
   * The saved index brought up to date item by item: documents of removed or changed items deleted,
   * those of new or changed items added, then merged into one segment, which the index sort puts in
   * the order a full build gives. Empty when there is no saved index to start from, or when so much
   * changed that building afresh is cheaper.
   */
  public static Optional<Updated> update(Path saved, Contents contents) {
    if (!Files.isDirectory(saved)) {
      return Optional.empty();
    }
    List<NewsItem> published = contents.published();
    ItemDocuments documents = new ItemDocuments(contents.format());
    Directory memory = new ByteBuffersDirectory();
    try (Directory disk = FSDirectory.open(saved)) {
      Map<String, String> versions = savedVersions(disk);
      Map<String, Integer> changed = new HashMap<>();
      Set<String> current = new HashSet<>();
      for (int i = 0; i < published.size(); i++) {
        NewsItem item = published.get(i);
        current.add(item.path());
        if (!contents.versions().get(i).equals(versions.get(item.path()))) {
          changed.put(item.path(), i);
        }
      }
      List<String> gone = versions.keySet().stream().filter(p -> !current.contains(p)).toList();
      if (versions.isEmpty() || changed.size() + gone.size() > published.size() / 4) {
        memory.close();
        return Optional.empty();
      }
      for (String file : disk.listAll()) {
        if (!file.equals(IndexWriter.WRITE_LOCK_NAME)) {
          memory.copyFrom(disk, file, file, IOContext.DEFAULT);
        }
      }
      try (IndexWriter writer = new IndexWriter(memory, config().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
        for (String path : gone) {
          writer.deleteDocuments(new Term(IndexFields.PATH, path));
        }
        for (String path : changed.keySet()) {
          writer.deleteDocuments(new Term(IndexFields.PATH, path));
        }
        changed.values().parallelStream()
            .forEach(i -> add(writer, documents.of(published.get(i), published.size() - 1L - i,
                contents.versions().get(i))));
        writer.forceMerge(1);
        writer.commit();
      }
      return Optional.of(new Updated(new SearchIndex(memory), changed.size() + gone.size()));
    } catch (IOException | RuntimeException e) {
      // A damaged or foreign saved index is only a slower build.
      try {
        memory.close();
      } catch (IOException ignored) {
        // nothing was kept in it
      }
      return Optional.empty();
    }
  }

  /** An index brought up to date, and how many items it indexed or removed to get there. */
  public record Updated(SearchIndex index, int items) {}

  private static Map<String, String> savedVersions(Directory disk) throws IOException {
    Map<String, String> versions = new HashMap<>();
    try (DirectoryReader reader = DirectoryReader.open(disk)) {
      for (var leaf : reader.leaves()) {
        StoredFields stored = leaf.reader().storedFields();
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
          if (live != null && !live.get(doc)) {
            continue;
          }
          Document fields = stored.document(doc, Set.of(IndexFields.PATH, IndexFields.VERSION));
          String version = fields.get(IndexFields.VERSION);
          if (version == null) {
            return Map.of();
          }
          versions.put(fields.get(IndexFields.PATH), version);
        }
      }
    }
    return versions;
  }

  /** Whether the index saved in {@code dir} was made from content with this fingerprint. */
  public static boolean savedMatches(Path dir, String fingerprint) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Directory saved = FSDirectory.open(dir); DirectoryReader reader = DirectoryReader.open(saved)) {
      return fingerprint.equals(reader.getIndexCommit().getUserData().get(FINGERPRINT));
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static void add(IndexWriter writer, org.apache.lucene.document.Document doc) {
    try {
      writer.addDocument(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The static files of {@code site/search/}, by site-relative path. */
  public SortedMap<String, byte[]> export(List<Category> categories) {
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      return new StaticExport(reader, categories).files();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Replaces the index in {@code dir} in one Lucene commit: a reader sees the old or the new one.
   * The commit remembers the content's fingerprint.
   */
  public void saveTo(Path dir, String fingerprint) throws IOException {
    Files.createDirectories(dir);
    try (Directory target = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(target, config().setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
      writer.addIndexes(directory);
      writer.setLiveCommitData(Map.of(FINGERPRINT, fingerprint).entrySet());
      writer.commit();
    }
  }

  /** An engine over this index, for tests and tools that have no saved index; it leaves the index open. */
  public SearchEngine engine() throws IOException {
    return new SearchEngine(DirectoryReader.open(directory), null);
  }

  // Text fields arrive analyzed (SyllableTokenStream), so the default analyzer never runs.
  static IndexWriterConfig config() {
    // A large buffer flushes the whole build as one or two segments, so the merge to one is cheap.
    // At most an eighth of the heap, which also holds every parsed item while the index is built.
    double buffer = Math.min(256, Runtime.getRuntime().maxMemory() / (8.0 * 1024 * 1024));
    return new IndexWriterConfig().setRAMBufferSizeMB(buffer)
        .setIndexSort(new Sort(new SortField(IndexFields.ORDER, SortField.Type.LONG)))
        .setCommitOnClose(false);
  }

  @Override
  public void close() throws IOException {
    directory.close();
  }
}
