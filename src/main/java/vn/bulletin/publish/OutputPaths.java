package vn.bulletin.publish;

import java.nio.file.Path;
import java.util.Optional;
import vn.bulletin.plan.SitePaths;

/**
 * Where a build may publish: a planned path resolved inside a release (the plan has checked it,
 * {@link SitePaths#isSafe}), and a site folder apart from the folders a build reads.
 */
public final class OutputPaths {

  private OutputPaths() {}

  /**
   * Why the site folder {@code out} cannot take a build of {@code source}, if it cannot: publishing
   * replaces {@code out} with a link, so it must not be, hold or lie in the folders a build reads.
   */
  public static Optional<String> overlap(Path project, Path out) {
    Path src = project.toAbsolutePath().normalize();
    Path site = out.toAbsolutePath().normalize();
    if (src.startsWith(site)) {
      return Optional.of(site.equals(src) ? "is the source folder" : "holds the source folder");
    }
    for (String read : new String[] {"content", "templates"}) {
      if (site.startsWith(src.resolve(read))) {
        return Optional.of((site.equals(src.resolve(read)) ? "is " : "lies inside ") + read + "/");
      }
    }
    return Optional.empty();
  }

  /** The file for {@code path} under {@code root}; throws if it would land elsewhere. */
  static Path resolveInside(Path root, String path) {
    Path resolved = root.resolve(path).normalize();
    if (!SitePaths.isSafe(path) || !resolved.startsWith(root.normalize())) {
      throw new IllegalArgumentException("output path leaves the site: " + path);
    }
    return resolved;
  }
}
