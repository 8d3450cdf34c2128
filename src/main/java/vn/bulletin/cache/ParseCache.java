package vn.bulletin.cache;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.fingerprint.Fingerprint;
import vn.bulletin.model.NewsItem;
import vn.bulletin.model.StandalonePage;

/**
 * Parsed items and pages from earlier builds, keyed by the hash of a source's path and text. An
 * entry also holds the size and time of each photo its HTML measured, so replacing a photo parses
 * its item again. The whole cache belongs to one version of bulletin and one {@code bulletin.yaml}
 * (the salt): anything else, or a file that does not read back whole, is an empty cache. Saving keeps
 * only what this build used, so the cache never grows past the site.
 */
public final class ParseCache {
  private static final int FORMAT = 2;

  /** A photo as it was when its item was parsed; size -1 when it was missing. */
  public record Stamp(String photo, long size, long modified) {}

  /** One parsed source: an item or a page (or neither, when it had errors), and what it depends on. */
  public record Entry(Optional<NewsItem> item, Optional<StandalonePage> page, List<Diagnostic> diagnostics,
      List<Stamp> photos) {
    public Entry {
      diagnostics = List.copyOf(diagnostics);
      photos = List.copyOf(photos);
    }
  }

  private final Path file;
  private final String salt;
  private final Map<String, Entry> earlier;
  private final Map<String, Entry> used = new ConcurrentHashMap<>();
  private volatile boolean changed;

  private ParseCache(Path file, String salt, Map<String, Entry> earlier) {
    this.file = file;
    this.salt = salt;
    this.earlier = earlier;
  }

  /** The cache in {@code file}, or an empty one when it is missing, stale or damaged. */
  public static ParseCache load(Path file, String salt) {
    try {
      return new ParseCache(file, salt, read(file, salt));
    } catch (IOException | RuntimeException e) {
      return new ParseCache(file, salt, Map.of());
    }
  }

  /** The key of a source: its path and text. */
  public static String key(String path, String text) {
    return new Fingerprint().add(path).add(text).hex();
  }

  /** The entry an earlier build stored under this key; it is kept for the next build. */
  public Optional<Entry> find(String key) {
    Entry entry = earlier.get(key);
    if (entry != null) {
      used.put(key, entry);
    }
    return Optional.ofNullable(entry);
  }

  public void put(String key, Entry entry) {
    used.put(key, entry);
    changed = true;
  }

  /** Writes the entries this build used, when they differ from what was read; thread-safe calls must have ended. */
  public void save() throws IOException {
    if (!changed && used.size() == earlier.size()) {
      return;
    }
    Files.createDirectories(file.getParent());
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    CheckedOutputStream checked = new CheckedOutputStream(
        new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16), new CRC32());
    try (DataOutputStream out = new DataOutputStream(checked)) {
      out.writeInt(FORMAT);
      ModelCodec.writeString(out, salt);
      Map<String, Entry> sorted = new TreeMap<>(used);
      out.writeInt(sorted.size());
      for (var e : sorted.entrySet()) {
        ModelCodec.writeString(out, e.getKey());
        writeEntry(out, e.getValue());
      }
      out.flush();
      // The checksum of everything before it; written through the stream, so it is checked too.
      out.writeLong(checked.getChecksum().getValue());
    }
    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  private static Map<String, Entry> read(Path file, String salt) throws IOException {
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    CheckedInputStream checked = new CheckedInputStream(
        new BufferedInputStream(Files.newInputStream(file), 1 << 16), new CRC32());
    try (DataInputStream in = new DataInputStream(checked)) {
      if (in.readInt() != FORMAT || !ModelCodec.readString(in).equals(salt)) {
        return Map.of();
      }
      int count = in.readInt();
      Map<String, Entry> entries = new ConcurrentHashMap<>(Math.max(16, count * 2));
      for (int i = 0; i < count; i++) {
        entries.put(ModelCodec.readString(in), readEntry(in));
      }
      long computed = checked.getChecksum().getValue();
      return in.readLong() == computed && in.read() < 0 ? entries : Map.of();
    }
  }

  private static void writeEntry(DataOutputStream out, Entry entry) throws IOException {
    out.writeByte(entry.item().isPresent() ? 1 : entry.page().isPresent() ? 2 : 0);
    if (entry.item().isPresent()) {
      ModelCodec.writeItem(out, entry.item().get());
    } else if (entry.page().isPresent()) {
      ModelCodec.writePage(out, entry.page().get());
    }
    out.writeInt(entry.diagnostics().size());
    for (Diagnostic d : entry.diagnostics()) {
      ModelCodec.writeDiagnostic(out, d);
    }
    out.writeInt(entry.photos().size());
    for (Stamp stamp : entry.photos()) {
      ModelCodec.writeString(out, stamp.photo());
      out.writeLong(stamp.size());
      out.writeLong(stamp.modified());
    }
  }

  private static Entry readEntry(DataInputStream in) throws IOException {
    int kind = in.readByte();
    Optional<NewsItem> item = kind == 1 ? Optional.of(ModelCodec.readItem(in)) : Optional.empty();
    Optional<StandalonePage> page = kind == 2 ? Optional.of(ModelCodec.readPage(in)) : Optional.empty();
    int count = in.readInt();
    List<Diagnostic> diagnostics = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      diagnostics.add(ModelCodec.readDiagnostic(in));
    }
    int photos = in.readInt();
    List<Stamp> stamps = new ArrayList<>(photos);
    for (int i = 0; i < photos; i++) {
      stamps.add(new Stamp(ModelCodec.readString(in), in.readLong(), in.readLong()));
    }
    return new Entry(item, page, diagnostics, stamps);
  }
}
