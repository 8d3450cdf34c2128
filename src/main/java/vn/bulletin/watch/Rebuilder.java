package vn.bulletin.watch;

import java.nio.file.Path;
import java.util.Set;
import vn.bulletin.pipeline.BuildListener;
import vn.bulletin.pipeline.BuildResult;

/**
 * The one call the preview makes into the build. Calls come one at a time, from one thread, so an
 * implementation may keep what it learnt from one build for the next.
 */
public interface Rebuilder {
  /**
   * Builds and publishes the site.
   *
   * @param changed the files and folders saved since the last build, relative to the source folder;
   *     empty for the first build, when anything may have changed
   * @param listener to be told the build's steps as they end, so that open pages reload as soon as
   *     the new site is switched in rather than when the build has tidied up after it
   */
  BuildResult rebuild(Set<Path> changed, BuildListener listener);
}
