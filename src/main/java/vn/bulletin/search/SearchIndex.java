package vn.bulletin.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.IntStream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import vn.bulletin.model.Category;
import vn.bulletin.model.NewsItem;
import vn.bulletin.plan.VietnameseFormat;

/**
 * The Lucene index of one build, in memory until the site is published: then {@link #saveTo} commits
 * it where {@code bulletin search} and the service read it. Lucene's files are not byte-reproducible,
 * which is why they stay outside {@code site/}.
 */
public final class SearchIndex implements AutoCloseable {
  /** Where a project keeps its index, relative to its source folder. */
  public static final String DIRECTORY = ".bulletin/search-index";

  /** Items analyzed ahead of indexing; bounds the memory their tokens take. */
  private static final int BATCH = 1000;

  private final Directory directory;

  private SearchIndex(Directory directory) {
    this.directory = directory;
  }

  /** Indexes the published items (the plan's list: drafts and future items are not in it). */
  public static SearchIndex build(List<NewsItem> published, VietnameseFormat format) {
    Directory memory = new ByteBuffersDirectory();
    ItemDocuments documents = new ItemDocuments(format);
    try (IndexWriter writer = new IndexWriter(memory, config())) {
      // Items are analyzed in parallel, a batch at a time, and added by one thread: one thread's
      // buffer flushes as one segment, so the merge to one segment has nothing to rewrite. The plan
      // lists newest first; order 0 is the oldest, so a new item takes the next doc id.
      for (int from = 0; from < published.size(); from += BATCH) {
        IntStream.range(from, Math.min(published.size(), from + BATCH)).parallel()
            .mapToObj(i -> documents.of(published.get(i), published.size() - 1L - i)).toList()
            .forEach(doc -> add(writer, doc));
      }
      writer.forceMerge(1);
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SearchIndex(memory);
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

  /** Replaces the index in {@code dir} in one Lucene commit: a reader sees the old or the new one. */
  public void saveTo(Path dir) throws IOException {
    Files.createDirectories(dir);
    try (Directory target = FSDirectory.open(dir);
        IndexWriter writer = new IndexWriter(target, config().setOpenMode(IndexWriterConfig.OpenMode.CREATE))) {
      writer.addIndexes(directory);
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
    return new IndexWriterConfig().setRAMBufferSizeMB(256)
        .setIndexSort(new Sort(new SortField(IndexFields.ORDER, SortField.Type.LONG)))
        .setCommitOnClose(false);
  }

  @Override
  public void close() throws IOException {
    directory.close();
  }
}
