package vn.bulletin.photo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import vn.bulletin.fingerprint.FileHash;

/**
 * The photos under {@code content/} by path, each with the stamp (size, modification time, file
 * identity) it was hashed and inspected at. A photo whose stamp did not move is not read again, so
 * a rebuild that changed no photo opens none. Kept in {@code .bulletin/photos/catalog.tsv};
 * thread-safe.
 */
public final class PhotoCatalogStore {
  public static final String DIRECTORY = ".bulletin/photos";
  private static final String FILE = "catalog.tsv";
  private static final String FORMAT = "bulletin-photo-catalog 1";

  private record Stamp(long size, long modified, String identity) {}

  private record Known(Stamp stamp, String settings, PhotoRecord record) {}

  private final Path contentDir;
  private final Path file;
  private final PhotoSettings settings;
  private final PhotoInspector inspector = new PhotoInspector();
  private final FormatSelector formats;
  private final Map<String, Known> stored;
  private final Map<String, PhotoLookup> looked = new ConcurrentHashMap<>();

  private PhotoCatalogStore(
      Path contentDir, Path file, PhotoSettings settings, Map<String, Known> stored) {
    this.contentDir = contentDir.toAbsolutePath().normalize();
    this.file = file;
    this.settings = settings;
    this.formats = new FormatSelector(new VariantPlanner(settings), new PhotoEncoder(settings));
    this.stored = new ConcurrentHashMap<>(stored);
  }

  /** The catalog of a project, as its last build left it (empty when missing or unreadable). */
  public static PhotoCatalogStore open(Path project, Path contentDir, PhotoSettings settings) {
    Path file = project.resolve(DIRECTORY).resolve(FILE);
    return new PhotoCatalogStore(contentDir, file, settings, CatalogLines.read(file, FORMAT));
  }

  /**
   * The photo at a path relative to {@code content/}: looked at once a build, read only if it
   * changed.
   */
  public PhotoLookup find(String contentPath) {
    return looked.computeIfAbsent(contentPath, this::lookUp);
  }

  /** The file a content path names on the disk: NFC, or NFD as macOS may have saved it. */
  public Optional<Path> file(String contentPath) {
    Path nfc = contentDir.resolve(contentPath).normalize();
    Path path =
        Files.exists(nfc)
            ? nfc
            : Path.of(Normalizer.normalize(nfc.toString(), Normalizer.Form.NFD));
    return path.startsWith(contentDir) && Files.isRegularFile(path)
        ? Optional.of(path)
        : Optional.empty();
  }

  private PhotoLookup lookUp(String contentPath) {
    Optional<Path> path = file(contentPath);
    if (path.isEmpty()) {
      return PhotoLookup.failed("not found");
    }
    try {
      Stamp stamp = stamp(path.get());
      Known known = stored.get(contentPath);
      if (known != null
          && known.stamp().equals(stamp)
          && known.settings().equals(settings.encodingKey())) {
        return PhotoLookup.of(known.record());
      }
      PhotoHeader header = inspector.inspect(path.get(), contentPath);
      PhotoRecord record =
          new PhotoRecord(
              contentPath,
              hash(path.get()),
              header,
              formats.select(contentPath, path.get(), header));
      stored.put(contentPath, new Known(stamp, settings.encodingKey(), record));
      return PhotoLookup.of(record);
    } catch (PhotoProblem e) {
      stored.remove(contentPath);
      return PhotoLookup.failed(e.getMessage());
    } catch (IOException e) {
      stored.remove(contentPath);
      return PhotoLookup.failed("cannot be read: " + PhotoInspector.reason(e));
    }
  }

  private static Stamp stamp(Path path) throws IOException {
    BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
    return new Stamp(
        a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS), String.valueOf(a.fileKey()));
  }

  private static String hash(Path path) throws IOException {
    return FileHash.sha256(path);
  }

  /** Writes the photos this build looked at (those it did not look at are gone from content/). */
  public void save() throws IOException {
    Map<String, Known> kept = new TreeMap<>();
    looked.forEach(
        (path, lookup) -> {
          Known known = stored.get(path);
          // A tab or a line break in a name would break the line; such a photo is only hashed
          // again.
          if (lookup.record().isPresent()
              && known != null
              && path.indexOf('\t') < 0
              && path.indexOf('\n') < 0) {
            kept.put(path, known);
          }
        });
    Files.createDirectories(file.getParent());
    Path temp = file.resolveSibling(FILE + ".tmp");
    Files.write(temp, CatalogLines.write(FORMAT, kept).getBytes(StandardCharsets.UTF_8));
    try {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The catalog's text form: one photo a line, fields separated by tabs. */
  private static final class CatalogLines {
    private CatalogLines() {}

    static Map<String, Known> read(Path file, String format) {
      Map<String, Known> known = new TreeMap<>();
      try {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(format)) {
          return known;
        }
        for (String line : lines.subList(1, lines.size())) {
          String[] f = line.split("\t", -1);
          PhotoHeader header =
              new PhotoHeader(
                  PhotoFormat.valueOf(f[6]),
                  Integer.parseInt(f[7]),
                  Integer.parseInt(f[8]),
                  Integer.parseInt(f[9]),
                  Boolean.parseBoolean(f[10]));
          known.put(
              f[0],
              new Known(
                  new Stamp(Long.parseLong(f[1]), Long.parseLong(f[2]), f[3]),
                  f[4],
                  new PhotoRecord(f[0], f[5], header, PhotoFormat.valueOf(f[11]))));
        }
        return known;
      } catch (IOException | RuntimeException e) {
        // A missing or damaged catalog only means the photos are hashed again.
        return new TreeMap<>();
      }
    }

    static String write(String format, Map<String, Known> known) {
      StringBuilder out = new StringBuilder(format).append('\n');
      known.forEach(
          (path, k) -> {
            PhotoHeader h = k.record().header();
            out.append(
                    String.join(
                        "\t",
                        path,
                        Long.toString(k.stamp().size()),
                        Long.toString(k.stamp().modified()),
                        k.stamp().identity(),
                        k.settings(),
                        k.record().hash(),
                        h.format().name(),
                        Integer.toString(h.width()),
                        Integer.toString(h.height()),
                        Integer.toString(h.orientation()),
                        Boolean.toString(h.alpha()),
                        k.record().output().name()))
                .append('\n');
          });
      return out.toString();
    }
  }
}
