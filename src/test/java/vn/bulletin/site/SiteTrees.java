package vn.bulletin.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Reads whole built sites for comparison. */
final class SiteTrees {
  private SiteTrees() {}

  static List<String> list(Path root) {
    try (Stream<Path> walk = Files.walk(root.toRealPath())) {
      Path real = root.toRealPath();
      return walk.filter(Files::isRegularFile).map(p -> real.relativize(p).toString().replace('\\', '/'))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Path to SHA-256 of every file. */
  static Map<String, String> digest(Path root) {
    Map<String, String> digests = new TreeMap<>();
    try {
      Path real = root.toRealPath();
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String path : list(root)) {
        digests.put(path, HexFormat.of().formatHex(sha.digest(Files.readAllBytes(real.resolve(path)))));
      }
      return digests;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
