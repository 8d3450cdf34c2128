package vn.bulletin.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import vn.bulletin.cache.ParseCache;
import vn.bulletin.content.ContentListing;
import vn.bulletin.plan.PlanCache;
import vn.bulletin.render.DigestCache;
import vn.bulletin.search.SearchState;

/**
 * What one build keeps for the next. {@code bulletin build} starts each process with a session that
 * reads it from {@code .bulletin/}; {@code serve --watch} keeps one session for all its builds, so
 * a rebuild finds the parsed sources, the view models of unchanged items and their digests, and the
 * search index's state in memory. Whatever a session holds is checked against what it was made from
 * (the salt of bulletin and {@code bulletin.yaml}), and a build uses a session only from one thread
 * at a time.
 */
public final class BuildSession {
  private ParseCache store;
  private final PlanCache views = new PlanCache();
  private final DigestCache digests = new DigestCache();
  private SearchState search;
  private Path searchIndex;
  private ContentListing listing;
  private Set<Path> saved;

  /** A session that starts from what earlier builds left on disk. */
  public static BuildSession fromDisk() {
    return new BuildSession();
  }

  private BuildSession() {}

  /**
   * Starts a build of {@code source}: its parse store. A change of bulletin or of its config makes
   * every parse stale: the store is read again and, of another salt, is empty.
   */
  ParseCache startBuild(Path project) {
    String salt = CacheSalt.of(project);
    if (store == null || !store.hasSalt(salt)) {
      store = ParseCache.load(project.resolve(SiteBuilder.PARSE_CACHE), salt);
    }
    digests.startBuild();
    return store;
  }

  /**
   * Tells the session which files and folders (relative to the source folder) were saved since its
   * last build, as a watcher saw them: the next build looks at only those again instead of walking
   * {@code content/}. A build the session is not told of walks it.
   */
  public void saved(Set<Path> paths) {
    if (saved == null) {
      saved = new HashSet<>();
    }
    saved.addAll(paths);
  }

  /** {@code content/} as it is now: from the last listing and the saves told since, else walked. */
  ContentListing listing(Path project) {
    listing = listing != null && saved != null ? listing.after(saved) : ContentListing.of(project);
    saved = null;
    return listing;
  }

  PlanCache views() {
    return views;
  }

  DigestCache digests() {
    return digests;
  }

  /**
   * The search state of the index in {@code indexDir} beside the live {@code site}; release it
   * after each build.
   */
  SearchState search(Path indexDir, Path site) throws IOException {
    if (search == null || !Objects.equals(searchIndex, indexDir)) {
      search = SearchState.open(indexDir, site);
      searchIndex = indexDir;
    }
    return search;
  }
}
