package vn.bulletin.watch;

import java.nio.file.Path;
import java.util.Set;
import vn.bulletin.build.BuildListener;
import vn.bulletin.build.BuildOptions;
import vn.bulletin.build.BuildResult;
import vn.bulletin.build.SiteBuilder;

/** Rebuilds the whole site each time, exactly as {@code bulletin build} does. */
public final class SiteRebuilder implements Rebuilder {
  private final BuildOptions options;

  public SiteRebuilder(BuildOptions options) {
    this.options = options;
  }

  @Override
  public BuildResult rebuild(Set<Path> changed, BuildListener listener) {
    return new SiteBuilder(options, listener).build();
  }
}
