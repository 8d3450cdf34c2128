package vn.bulletin.testing;

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

/** Whole folder trees for tests: listed, digested, copied. */
public final class FileTrees {
  private FileTrees() {}

  public static List<String> list(Path root) {
    try (Stream<Path> walk = Files.walk(root.toRealPath())) {
      Path real = root.toRealPath();
      return walk.filter(Files::isRegularFile)
          .map(p -> real.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Path to SHA-256 of every file. */
  public static Map<String, String> digest(Path root) {
    Map<String, String> digests = new TreeMap<>();
    try {
      Path real = root.toRealPath();
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (String path : list(root)) {
        digests.put(
            path, HexFormat.of().formatHex(sha.digest(Files.readAllBytes(real.resolve(path)))));
      }
      return digests;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies a folder tree; {@code to} must not exist yet or be empty. */
  public static void copy(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.sorted().toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes a folder tree, if it exists. */
  public static void delete(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
