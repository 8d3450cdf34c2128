package vn.bulletin.markdown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import vn.bulletin.photo.PhotoCatalogStore;
import vn.bulletin.photo.PhotoFormat;
import vn.bulletin.photo.PhotoHeader;
import vn.bulletin.photo.PhotoRecord;
import vn.bulletin.photo.PhotoSettings;
import vn.bulletin.photo.VariantPlanner;
import vn.bulletin.photo.VariantSet;

/**
 * Reads the pixel size of photos under {@code content/} from their headers, so pages can give
 * {@code width} and {@code height} and nothing shifts while photos load; a JPEG or PNG is measured
 * upright through the photo catalog, which also names its published copies. Thread-safe and cached.
 */
public final class ImageSizeReader {
  /** Width and height in pixels. */
  public record Size(int width, int height) {}

  private static final Pattern SVG_ROOT =
      Pattern.compile("<svg\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern SVG_WIDTH =
      Pattern.compile("(?<![\\w-])width\\s*=\\s*[\"']([0-9.]+)(px)?[\"']");
  private static final Pattern SVG_HEIGHT =
      Pattern.compile("(?<![\\w-])height\\s*=\\s*[\"']([0-9.]+)(px)?[\"']");

  private final Path contentDir;
  private final Optional<PhotoCatalogStore> photos;
  private final VariantPlanner planner;
  private final PhotoSettings settings;
  private final Map<String, Optional<Size>> cache = new ConcurrentHashMap<>();

  /** Measures every image from its header; JPEG and PNG get no published copies. */
  public ImageSizeReader(Path contentDir) {
    this(contentDir, Optional.empty(), PhotoSettings.DEFAULT);
  }

  /**
   * @param photos the catalog JPEG and PNG photos are measured and named by
   */
  public ImageSizeReader(
      Path contentDir, Optional<PhotoCatalogStore> photos, PhotoSettings settings) {
    this.contentDir = contentDir;
    this.photos = photos;
    this.planner = new VariantPlanner(settings);
    this.settings = settings;
  }

  /**
   * The size of the file at a path relative to {@code content/}, if it exists and is a known
   * format.
   */
  public Optional<Size> find(String contentPath) {
    if (contentPath.isEmpty()) {
      return Optional.empty();
    }
    Optional<PhotoRecord> photo = photo(contentPath);
    if (photo.isPresent()) {
      PhotoHeader h = photo.get().header();
      return Optional.of(new Size(h.uprightWidth(), h.uprightHeight()));
    }
    return cache.computeIfAbsent(contentPath, p -> read(contentDir.resolve(p).normalize()));
  }

  /** The copies a JPEG or PNG photo is published as, named beside {@code sitePath}. */
  public Optional<VariantSet> findVariants(String contentPath, String sitePath) {
    return photo(contentPath)
        .map(
            p ->
                planner.plan(
                    sitePath, p.header().uprightWidth(), p.header().uprightHeight(), p.output()));
  }

  /** The {@code sizes} attribute of a photo in an article's column. */
  public String columnSizes() {
    return settings.sizes();
  }

  private Optional<PhotoRecord> photo(String contentPath) {
    if (photos.isEmpty() || PhotoFormat.byName(contentPath).isEmpty()) {
      return Optional.empty();
    }
    return photos.get().find(contentPath).record();
  }

  private Optional<Size> read(Path nfc) {
    // Paths are NFC; a photo saved on macOS may be named in NFD on the disk.
    Path file =
        Files.exists(nfc)
            ? nfc
            : Path.of(Normalizer.normalize(nfc.toString(), Normalizer.Form.NFD));
    if (!file.startsWith(contentDir.normalize()) || !Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".svg")
          ? readSvg(file)
          : readRaster(file);
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<Size> readSvg(Path file) throws IOException {
    byte[] head = new byte[4096];
    int n;
    try (var in = Files.newInputStream(file)) {
      n = in.readNBytes(head, 0, head.length);
    }
    Matcher root = SVG_ROOT.matcher(new String(head, 0, n, StandardCharsets.UTF_8));
    if (!root.find()) {
      return Optional.empty();
    }
    Matcher w = SVG_WIDTH.matcher(root.group());
    Matcher h = SVG_HEIGHT.matcher(root.group());
    if (!w.find() || !h.find()) {
      return Optional.empty();
    }
    return Optional.of(
        new Size((int) Double.parseDouble(w.group(1)), (int) Double.parseDouble(h.group(1))));
  }

  private static Optional<Size> readRaster(Path file) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      if (in == null) {
        return Optional.empty();
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
      if (!readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in);
        return Optional.of(new Size(reader.getWidth(0), reader.getHeight(0)));
      } finally {
        reader.dispose();
      }
    }
  }
}
