package vn.bulletin.photo;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives the file of each variant of a photo: from the store, or encoded now in one decoding of the
 * photo.
 */
public final class VariantMaker {
  /** The variants' files in the order asked, and whether the photo had to be decoded for them. */
  public record Made(Map<Variant, Path> files, boolean encoded) {}

  private final VariantStore store;
  private final PhotoEncoder encoder;

  public VariantMaker(VariantStore store, PhotoSettings settings) {
    this.store = store;
    this.encoder = new PhotoEncoder(settings);
  }

  public String key(PhotoRecord photo, Variant variant) {
    return store.key(photo, variant);
  }

  public Made make(PhotoRecord photo, Path source, List<Variant> variants) throws PhotoProblem {
    Map<Variant, Path> files = new LinkedHashMap<>();
    List<Variant> missing = new ArrayList<>();
    for (Variant v : variants) {
      Optional<Path> kept = store.find(key(photo, v), v);
      kept.ifPresentOrElse(p -> files.put(v, p), () -> missing.add(v));
    }
    if (missing.isEmpty()) {
      return new Made(files, false);
    }
    Map<Variant, byte[]> encoded = encoder.encode(source, photo.header(), missing);
    try {
      for (Variant v : missing) {
        files.put(v, store.put(key(photo, v), v, encoded.get(v)));
      }
    } catch (IOException e) {
      throw new PhotoProblem(
          "cannot be kept in " + PhotoCatalogStore.DIRECTORY + ": " + PhotoInspector.reason(e), e);
    }
    Map<Variant, Path> ordered = new LinkedHashMap<>();
    variants.forEach(v -> ordered.put(v, files.get(v)));
    return new Made(ordered, true);
  }
}
