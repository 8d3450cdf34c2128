package vn.bulletin.counter;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one canonical key of a page, so that variants of its address count together and a caller
 * cannot invent unbounded kinds of keys: {@code /Tin-Tuc/ham-can?utm_source=x} and {@code
 * /tin-tuc/ham-can/index.html} are both {@code /tin-tuc/ham-can/}. Site paths are slugs, so
 * anything outside {@code a-z 0-9 . _ -} is refused rather than decoded.
 */
public final class PagePath {
  public static final int MAX_LENGTH = 300;
  private static final Pattern SEGMENT = Pattern.compile("[a-z0-9_-][a-z0-9._-]*");

  private PagePath() {}

  /** The canonical form of a site path, or empty if it is not one. */
  public static Optional<String> normalize(String raw) {
    if (raw.length() > MAX_LENGTH || !raw.startsWith("/")) {
      return Optional.empty();
    }
    String path = raw.replaceFirst("[?#].*$", "").toLowerCase(Locale.ROOT);
    if (path.endsWith("/index.html")) {
      path = path.substring(0, path.length() - "index.html".length());
    }
    if (path.equals("/")) {
      return Optional.of(path);
    }
    boolean folder = path.endsWith("/");
    String[] segments =
        path.substring(1, folder ? path.length() - 1 : path.length()).split("/", -1);
    for (String segment : segments) {
      if (!SEGMENT.matcher(segment).matches()) {
        return Optional.empty();
      }
    }
    boolean file = !folder && segments[segments.length - 1].contains(".");
    return Optional.of(file || folder ? path : path + "/");
  }
}
