package vn.bulletin.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Answers queries from the Lucene index a build saved: the CLI's {@code bulletin search} and the
 * service's search endpoint. Thread-safe; {@link #refresh} picks up the index of a newer build.
 */
public final class SearchEngine implements AutoCloseable {
  /** How long one query may search before it returns what it has found. */
  public static final Duration TIME_BUDGET = Duration.ofMillis(500);

  // Lucene's doc ids follow its segments, which differ between a clean and an incremental index:
  // ties are broken as the plan orders items (newest first, then by path), as the browser does.
  private static final Sort NEWEST_FIRST =
      new Sort(
          new SortField(IndexFields.DATE_KEY, SortField.Type.LONG, true),
          new SortField(IndexFields.PATH, SortField.Type.STRING));
  private static final Sort BEST_FIRST =
      new Sort(
          SortField.FIELD_SCORE,
          new SortField(IndexFields.DATE_KEY, SortField.Type.LONG, true),
          new SortField(IndexFields.PATH, SortField.Type.STRING));

  private final SearcherManager searchers;
  private final Directory directory;

  SearchEngine(DirectoryReader reader, Directory directory) throws IOException {
    this.searchers = new SearcherManager(reader, null);
    this.directory = directory;
  }

  /** Opens the index in {@code dir}; a missing index is a {@link NoSuchFileException}. */
  public static SearchEngine open(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new NoSuchFileException(dir.toString(), null, "no search index; build the site first");
    }
    Directory directory = FSDirectory.open(dir);
    if (!DirectoryReader.indexExists(directory)) {
      directory.close();
      throw new NoSuchFileException(dir.toString(), null, "no search index; build the site first");
    }
    return new SearchEngine(DirectoryReader.open(directory), directory);
  }

  /** Switches to the index of a newer build, if one was saved since. */
  public void refresh() throws IOException {
    searchers.maybeRefresh();
  }

  /** Ranked results; throws {@link InvalidSearchException} for a request that cannot be served. */
  public SearchResults search(SearchRequest request) {
    SearchRequest r = request.validated();
    try {
      IndexSearcher shared = searchers.acquire();
      try {
        return search(r, shared.getIndexReader());
      } finally {
        searchers.release(shared);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private SearchResults search(SearchRequest r, IndexReader reader) throws IOException {
    IndexSearcher searcher = new LiveStatistics(reader);
    searcher.setTimeout(new QueryTimeoutImpl(TIME_BUDGET.toMillis()));
    QueryPlan plan = new QueryPlan(r.query(), r.prefix(), searcher);
    if (plan.isEmpty()) {
      return new SearchResults(
          r.query(), r.page(), r.pageSize(), 0, false, List.of(), plan.terms());
    }
    Query filter =
        r.category().isEmpty()
            ? null
            : new TermQuery(new Term(IndexFields.CATEGORY, r.categorySlug()));
    int wanted = r.page() * r.pageSize();
    TopDocs top = null;
    // Everything required first; if nothing matches, one required syllable fewer at a time.
    for (int minimum = plan.requiredCount();
        minimum >= Math.min(1, plan.requiredCount());
        minimum--) {
      Query query = plan.query(minimum, filter);
      top = searcher.search(query, wanted, r.byDate() ? NEWEST_FIRST : BEST_FIRST, true);
      if (top.totalHits.value > 0 || minimum == 0) {
        break;
      }
    }
    return new SearchResults(
        r.query(),
        r.page(),
        r.pageSize(),
        top.totalHits.value,
        searcher.timedOut(),
        hits(searcher, top, (r.page() - 1) * r.pageSize()),
        plan.terms());
  }

  private static List<SearchHit> hits(IndexSearcher searcher, TopDocs top, int from)
      throws IOException {
    List<SearchHit> hits = new ArrayList<>();
    for (int i = from; i < top.scoreDocs.length; i++) {
      ScoreDoc sd = top.scoreDocs[i];
      Document d = searcher.storedFields().document(sd.doc);
      hits.add(
          new SearchHit(
              "/" + d.get(IndexFields.PATH),
              d.get(IndexFields.TITLE),
              d.get(IndexFields.DATE),
              d.get(IndexFields.DATE_LINE),
              d.get(IndexFields.CATEGORY),
              d.get(IndexFields.CATEGORY_NAME),
              Snippet.of(d.get(IndexFields.SUMMARY)),
              Float.isNaN(sd.score) ? 0 : sd.score));
    }
    return hits;
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      if (directory != null) {
        directory.close();
      }
    }
  }
}
