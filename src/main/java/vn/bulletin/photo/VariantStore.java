package vn.bulletin.photo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Encoded variants kept between builds in {@code .bulletin/photos/variants/}, each named by a hash
 * of the photo's content, the variant's geometry and format, and the encoder's settings and
 * version: a rebuild finds every variant of an unchanged photo here and encodes nothing.
 * Thread-safe.
 */
public final class VariantStore {
  /** Bumped when the encoder's output changes, so variants made by an older one are not reused. */
  static final String ENCODER_VERSION = "bulletin-photo-encoder 1";

  private final Path dir;
  private final PhotoSettings settings;

  public VariantStore(Path project, PhotoSettings settings) {
    this.dir = project.resolve(PhotoCatalogStore.DIRECTORY).resolve("variants");
    this.settings = settings;
  }

  /** The key of a variant's bytes: the same photo, variant and settings give the same bytes. */
  public String key(PhotoRecord photo, Variant variant) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      String text =
          ENCODER_VERSION
              + "\n"
              + photo.hash()
              + "\n"
              + variant.geometryKey()
              + "\n"
              + settings.encodingKey();
      return HexFormat.of()
          .formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)))
          .substring(0, 40);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Optional<Path> find(String key, Variant variant) {
    Path file = file(key, variant);
    return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
  }

  public Path put(String key, Variant variant, byte[] bytes) throws IOException {
    Path file = file(key, variant);
    Files.createDirectories(dir);
    Path temp = Files.createTempFile(dir, key, ".tmp");
    try {
      Files.write(temp, bytes);
      try {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
    return file;
  }

  /**
   * Deletes the kept variants whose keys are not in {@code keep}: those of photos no longer shown,
   * or made with other settings. How many were deleted.
   */
  public int prune(Set<String> keep) throws IOException {
    if (!Files.isDirectory(dir)) {
      return 0;
    }
    List<Path> stale;
    try (Stream<Path> files = Files.list(dir)) {
      stale =
          files
              .filter(
                  f -> {
                    String name = f.getFileName().toString();
                    int dot = name.indexOf('.');
                    return dot < 0
                        || !keep.contains(name.substring(0, dot))
                        || name.endsWith(".tmp");
                  })
              .toList();
    }
    for (Path f : stale) {
      Files.deleteIfExists(f);
    }
    return stale.size();
  }

  private Path file(String key, Variant variant) {
    return dir.resolve(key + "." + variant.format().extension());
  }
}
