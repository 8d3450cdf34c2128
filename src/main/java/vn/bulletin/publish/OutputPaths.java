package vn.bulletin.publish;

import java.nio.file.Path;
import java.util.regex.Pattern;

/** Checks that a planned output path stays inside the site, whatever a slug or file name held. */
public final class OutputPaths {
  private static final Pattern BAD_SEGMENT = Pattern.compile("^$|^\\.{1,2}$");

  private OutputPaths() {}

  /** Whether {@code path} is a plain relative path that resolves inside any root. */
  public static boolean isSafe(String path) {
    if (path.isEmpty() || path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0
        || path.indexOf(':') >= 0) {
      return false;
    }
    for (String segment : path.split("/", -1)) {
      if (BAD_SEGMENT.matcher(segment).find()) {
        return false;
      }
    }
    return true;
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
