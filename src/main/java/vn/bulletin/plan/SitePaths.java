package vn.bulletin.plan;

/**
 * What a path of the site may be: the plan claims every output path once ({@code OutputList}) and
 * refuses one that would leave the site, whatever a slug or file name held.
 */
public final class SitePaths {
  private SitePaths() {}

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
}
