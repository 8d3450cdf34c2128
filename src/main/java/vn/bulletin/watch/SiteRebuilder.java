package vn.bulletin.watch;

import java.nio.file.Path;
import java.util.Set;
import vn.bulletin.pipeline.BuildListener;
import vn.bulletin.pipeline.BuildOptions;
import vn.bulletin.pipeline.BuildResult;
import vn.bulletin.pipeline.BuildSession;
import vn.bulletin.pipeline.SiteBuilder;

/**
 * Rebuilds the site as {@code bulletin build} does, keeping one build session in memory from each
 * build to the next: parsed sources are not read from disk again, unchanged ones not even read, and
 * only the files the watcher saw saved are looked at again.
 */
public final class SiteRebuilder implements Rebuilder {
  private final BuildOptions options;
  private final BuildSession session = BuildSession.fromDisk();

  public SiteRebuilder(BuildOptions options) {
    this.options = options;
  }

  @Override
  public BuildResult rebuild(Set<Path> changed, BuildListener listener) {
    // The first build, told of no change, lists everything.
    if (!changed.isEmpty()) {
      session.saved(changed);
    }
    return new SiteBuilder(options, listener, session).build();
  }
}
