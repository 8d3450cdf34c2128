package vn.bulletin.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a link in one file's body leads. Root-absolute links ({@code /uploads/a.jpg}) are site
 * paths; relative ones are resolved against the file's folder under {@code content/}, and a
 * bundle's own folder is published at its page. The result is written relative to the page, so the
 * site works under any base path and from a disk.
 */
public final class LinkResolver {
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  /**
   * A resolved internal link.
   *
   * @param sitePath the target relative to the site root, without query or fragment; empty when the
   *     link climbs out of the site
   * @param contentPath the file under {@code content/} it names, or empty when that is not known
   * @param suffix the query and fragment as written
   */
  public record Target(String sitePath, String contentPath, String suffix, boolean outsideSite) {}

  private final String contentDir;
  private final String bundleDir;
  private final String pagePath;

  /**
   * @param contentDir the file's folder relative to {@code content/}, ending in {@code /} or empty
   * @param isBundle whether the file is a bundle's {@code index.md}
   * @param pagePath the site path of the page the body appears on, ending in {@code /}
   */
  public LinkResolver(String contentDir, boolean isBundle, String pagePath) {
    this.contentDir = contentDir;
    this.bundleDir = isBundle ? contentDir : null;
    this.pagePath = pagePath;
  }

  /**
   * Empty for links that leave the site (other schemes, {@code //host}) or only name a fragment.
   */
  public Optional<Target> resolve(String url) {
    if (url.isEmpty()
        || url.startsWith("#")
        || url.startsWith("//")
        || SCHEME.matcher(url).find()) {
      return Optional.empty();
    }
    int cut = indexOfSuffix(url);
    // Decoded before it is checked, so "%2e%2e" climbs like ".." and "ảnh%201.jpg" finds "ảnh
    // 1.jpg";
    // browsers read "\" as "/", so "..\..\x" climbs too (found by PathFuzzTest).
    String path = PercentCoding.decode(url.substring(0, cut)).replace('\\', '/');
    String suffix = url.substring(cut);
    if (path.startsWith("/")) {
      Optional<String> site = normalise(path.substring(1));
      return Optional.of(
          site.map(p -> new Target(p, p, suffix, false)).orElse(new Target("", "", suffix, true)));
    }
    Optional<String> content = normalise(contentDir + path);
    if (content.isEmpty()) {
      return Optional.of(new Target("", "", suffix, true));
    }
    String c = content.get();
    String site =
        bundleDir != null && c.startsWith(bundleDir)
            ? pagePath + c.substring(bundleDir.length())
            : c;
    return Optional.of(new Target(site, c, suffix, false));
  }

  /** The URL to write in the page for a target. */
  public String relativeHref(Target target) {
    String site = target.sitePath();
    if (site.startsWith(pagePath) && site.length() > pagePath.length()) {
      return PercentCoding.encode(site.substring(pagePath.length())) + target.suffix();
    }
    return "../".repeat(depth(pagePath)) + PercentCoding.encode(site) + target.suffix();
  }

  /** How this page writes a link to a file of the site, such as a photo's published copy. */
  public String relativeHref(String sitePath) {
    return relativeHref(new Target(sitePath, "", "", false));
  }

  static int depth(String sitePath) {
    int slashes = 0;
    for (int i = 0; i < sitePath.length(); i++) {
      if (sitePath.charAt(i) == '/') {
        slashes++;
      }
    }
    return slashes;
  }

  private static int indexOfSuffix(String url) {
    int query = url.indexOf('?');
    int fragment = url.indexOf('#');
    int cut = url.length();
    if (query >= 0) {
      cut = query;
    }
    if (fragment >= 0 && fragment < cut) {
      cut = fragment;
    }
    return cut;
  }

  // Resolves "." and ".." segments; empty when ".." climbs above the root.
  private static Optional<String> normalise(String path) {
    Deque<String> parts = new ArrayDeque<>();
    String[] segments = path.split("/", -1);
    for (int i = 0; i < segments.length; i++) {
      String segment = segments[i];
      boolean last = i == segments.length - 1;
      if (segment.equals("..")) {
        if (parts.isEmpty()) {
          return Optional.empty();
        }
        parts.removeLast();
      } else if (!segment.equals(".") && !(segment.isEmpty() && !last)) {
        parts.addLast(segment);
      }
    }
    return Optional.of(String.join("/", parts));
  }
}
