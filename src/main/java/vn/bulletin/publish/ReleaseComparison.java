package vn.bulletin.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.stream.Stream;

/** Tells whether a release already holds exactly the files a build made, so nothing need be written. */
final class ReleaseComparison {
  private ReleaseComparison() {}

  static boolean holdsExactly(Path release, SortedMap<String, Output> files) throws IOException {
    long count;
    try (Stream<Path> walk = Files.walk(release)) {
      count = walk.filter(Files::isRegularFile).count();
    }
    if (count != files.size()) {
      return false;
    }
    for (var entry : files.entrySet()) {
      Path existing = release.resolve(entry.getKey());
      if (!Files.isRegularFile(existing) || !entry.getValue().sameAs(existing)) {
        return false;
      }
    }
    return true;
  }
}
