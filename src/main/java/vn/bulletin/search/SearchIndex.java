package vn.bulletin.search;

import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;

/**
 * Where a project's Lucene index lives and how it is written. Lucene's files are not
 * byte-reproducible, which is why they stay outside {@code site/}; {@link SearchState} keeps them
 * up to date item by item.
 */
public final class SearchIndex {
  /** Where a project keeps its index, relative to its source folder. */
  public static final String DIRECTORY = ".bulletin/search-index";

  private SearchIndex() {}

  // Text fields arrive analyzed (CountedTokenStream), so the default analyzer never runs. The order
  // of documents is Lucene's own: the export numbers items by slot, and the engine breaks ties on
  // date and path, so no index sort (nor any merge to one segment) is needed.
  static IndexWriterConfig config() {
    // A large buffer flushes a whole build as one segment per thread; at most an eighth of the
    // heap,
    // which also holds every parsed item while the index is built.
    double buffer = Math.min(256, Runtime.getRuntime().maxMemory() / (8.0 * 1024 * 1024));
    TieredMergePolicy merges = new TieredMergePolicy();
    merges.setDeletesPctAllowed(20);
    // Segments stay as separate files: packing each into a compound file costs a copy of it.
    merges.setNoCFSRatio(0);
    return new IndexWriterConfig()
        .setRAMBufferSizeMB(buffer)
        .setMergePolicy(merges)
        .setUseCompoundFile(false)
        .setCommitOnClose(false);
  }
}
