package vn.bulletin.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every file a release holds and the key it was made with, kept beside the release as {@code
 * <release>.keys}: a first line "TAB count", then one "path TAB key" line per file. It lists
 * exactly the files of its release, so a build learns what the live site holds without walking it.
 * A list that is missing, or does not hold as many lines as it says (a torn write), is unknown:
 * then nothing is kept without being made again and compared. A list without the count line (from
 * an earlier bulletin) is read as it is.
 */
final class ReleaseManifest {
  static final String SUFFIX = ".keys";

  private final Map<String, String> keys;
  private final boolean known;

  private ReleaseManifest(Map<String, String> keys, boolean known) {
    this.keys = Collections.unmodifiableMap(keys);
    this.known = known;
  }

  static ReleaseManifest unknown() {
    return new ReleaseManifest(Map.of(), false);
  }

  /** The list of {@code keys}, which must not change any more. */
  static ReleaseManifest of(Map<String, String> keys) {
    return new ReleaseManifest(keys, true);
  }

  static Path fileOf(Path release) {
    return release.resolveSibling(release.getFileName() + SUFFIX);
  }

  static ReleaseManifest readFor(Path release) {
    try {
      return parse(Files.readString(fileOf(release), StandardCharsets.UTF_8))
          .map(k -> new ReleaseManifest(k, true))
          .orElseGet(ReleaseManifest::unknown);
    } catch (IOException | RuntimeException e) {
      return unknown();
    }
  }

  // Read by hand: at 10,000 items the list has 12,750 lines, read before every build.
  static Optional<Map<String, String>> parse(String text) {
    int start = 0;
    int expected = -1;
    if (text.startsWith("\t")) {
      int end = text.indexOf('\n');
      if (end < 0) {
        return Optional.empty();
      }
      expected = Integer.parseInt(text.substring(1, end));
      start = end + 1;
    }
    Map<String, String> keys = new HashMap<>(Math.max(16, expected * 4 / 3 + 1));
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      int tab = text.indexOf('\t', start);
      if (end < 0 || tab < 0 || tab > end) {
        return Optional.empty();
      }
      keys.put(text.substring(start, tab), text.substring(tab + 1, end));
      start = end + 1;
    }
    return expected < 0 || keys.size() == expected ? Optional.of(keys) : Optional.empty();
  }

  /**
   * Writes the list beside {@code release}, replacing the old one at once; the file, for the caller
   * to sync.
   */
  Path writeFor(Path release) throws IOException {
    String[] paths = keys.keySet().toArray(String[]::new);
    Arrays.sort(paths);
    StringBuilder text =
        new StringBuilder(paths.length * 80 + 16).append('\t').append(paths.length).append('\n');
    for (String path : paths) {
      text.append(path).append('\t').append(keys.get(path)).append('\n');
    }
    return DurableFiles.replace(fileOf(release), text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** Whether the list was read (or made by this build): then it names every file of its release. */
  boolean isKnown() {
    return known;
  }

  String key(String path) {
    return keys.get(path);
  }

  Set<String> paths() {
    return keys.keySet();
  }

  Map<String, String> asMap() {
    return keys;
  }

  boolean matches(Map<String, String> other) {
    return keys.equals(other);
  }
}
