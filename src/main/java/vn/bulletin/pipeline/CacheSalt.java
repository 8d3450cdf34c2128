package vn.bulletin.pipeline;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.bulletin.config.ConfigLoader;

/**
 * What every cached parse depends on besides its own source: this build of bulletin (its jar's size
 * and time) and the site's {@code bulletin.yaml} (categories, time zone, HTML policy).
 */
final class CacheSalt {
  private CacheSalt() {}

  static String of(Path project) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(code().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      Path config = project.resolve(ConfigLoader.FILE_NAME);
      if (Files.isRegularFile(config)) {
        digest.update(Files.readAllBytes(config));
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    } catch (IOException e) {
      // An unreadable config fails the build anyway; a salt no cache matches is safe.
      return "unreadable-" + System.nanoTime();
    }
  }

  // Run from a jar, its size and time change with every package; from classes (tests), the class's
  // time.
  private static String code() {
    try {
      Path location =
          Path.of(CacheSalt.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      Path marker =
          Files.isRegularFile(location)
              ? location
              : location.resolve(CacheSalt.class.getName().replace('.', '/') + ".class");
      return location
          + ":"
          + Files.size(marker)
          + ":"
          + Files.getLastModifiedTime(marker).toMillis();
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return "unknown-" + System.nanoTime();
    }
  }
}
