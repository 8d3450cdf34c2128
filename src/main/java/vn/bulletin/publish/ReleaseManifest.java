package vn.bulletin.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The key each file of a release was made with, kept beside the release as {@code <release>.keys}:
 * one "path TAB key" line per file. A missing or unreadable list only means nothing can be kept
 * without being made again.
 */
final class ReleaseManifest {
  static final String SUFFIX = ".keys";

  private final SortedMap<String, String> keys;

  ReleaseManifest(SortedMap<String, String> keys) {
    this.keys = Collections.unmodifiableSortedMap(keys);
  }

  static ReleaseManifest empty() {
    return new ReleaseManifest(new TreeMap<>());
  }

  static Path fileOf(Path release) {
    return release.resolveSibling(release.getFileName() + SUFFIX);
  }

  static ReleaseManifest readFor(Path release) {
    SortedMap<String, String> keys = new TreeMap<>();
    try {
      for (String line : Files.readAllLines(fileOf(release), StandardCharsets.UTF_8)) {
        int tab = line.indexOf('\t');
        if (tab < 0) {
          return empty();
        }
        keys.put(line.substring(0, tab), line.substring(tab + 1));
      }
    } catch (NoSuchFileException e) {
      return empty();
    } catch (IOException | RuntimeException e) {
      return empty();
    }
    return new ReleaseManifest(keys);
  }

  /** Written before the release goes live, so a live release never lacks its list for long. */
  void writeFor(Path release) throws IOException {
    StringBuilder text = new StringBuilder(keys.size() * 64);
    keys.forEach((path, key) -> text.append(path).append('\t').append(key).append('\n'));
    Path file = fileOf(release);
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    Files.deleteIfExists(partial);
    DurableFiles.write(partial, text.toString().getBytes(StandardCharsets.UTF_8));
    Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
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
