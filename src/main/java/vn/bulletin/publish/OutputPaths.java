package vn.bulletin.publish;

import java.nio.file.Path;
import java.util.Optional;

/** Checks that a planned output path stays inside the site, whatever a slug or file name held. */
public final class OutputPaths {

  private OutputPaths() {}

  /** Whether {@code path} is a plain relative path that resolves inside any root. */
  public static boolean isSafe(String path) {
    if (path.isEmpty()
        || path.startsWith("/")
        || path.indexOf('\\') >= 0
        || path.indexOf('\0') >= 0
        || path.indexOf(':') >= 0) {
      return false;
    }
    // No segment may be empty, "." or "..": checked in place, as it is asked of every file of every
    // build.
    int start = 0;
    while (start <= path.length()) {
      int end = path.indexOf('/', start);
      if (end < 0) {
        end = path.length();
      }
      int length = end - start;
      if (length == 0
          || length <= 2
              && path.charAt(start) == '.'
              && (length == 1 || path.charAt(start + 1) == '.')) {
        return false;
      }
      start = end + 1;
    }
    return true;
  }

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
    if (!isSafe(path) || !resolved.startsWith(root.normalize())) {
      throw new IllegalArgumentException("output path leaves the site: " + path);
    }
    return resolved;
  }
}
