package vn.bulletin.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.bulletin.content.SourceStamp;
import vn.bulletin.diagnostic.Diagnostic;
import vn.bulletin.model.Document;
import vn.bulletin.model.NewsItem;
import vn.bulletin.model.StandalonePage;

/**
 * Parsed items and pages from earlier builds, one entry per source path, with what identifies the
 * text it was parsed from: the hash of that text and the file's stamp when it was read. A source
 * whose stamp did not move is taken without being read; one whose stamp moved is read and taken
 * when its text hashes the same. An entry also holds the size and time of each photo its HTML
 * measured, so replacing a photo parses its item again.
 *
 * <p>On disk the store is a log ({@link StoreLog}): a build appends only the entries it changed,
 * and the log is rewritten whole only when most of it is entries no build uses any more. The whole
 * store belongs to one version of bulletin and one {@code bulletin.yaml} (the salt): anything else
 * is an empty store, and a damaged tail only loses the entries written after the damage. An
 * instance may be kept in memory from one build to the next ({@code serve --watch}); builds use it
 * one at a time, each between {@link #startBuild} and {@link #save}.
 */
public final class ParseCache {
  /** A photo as it was when its item was parsed; size -1 when it was missing. */
  public record Stamp(String photo, long size, long modified) {}

  /**
   * One parsed source: an item, a page or a document (or none, when it had errors), and what it
   * depends on: the photos its HTML measured and a document's attached files.
   */
  public record Entry(
      Optional<NewsItem> item,
      Optional<StandalonePage> page,
      Optional<Document> document,
      List<Diagnostic> diagnostics,
      List<Stamp> photos) {
    public Entry {
      diagnostics = List.copyOf(diagnostics);
      photos = List.copyOf(photos);
    }

    public Entry(
        Optional<NewsItem> item,
        Optional<StandalonePage> page,
        List<Diagnostic> diagnostics,
        List<Stamp> photos) {
      this(item, page, Optional.empty(), diagnostics, photos);
    }
  }

  /**
   * An entry as stored: the hash of the text it was parsed from, and the stamp of the file that
   * text was read from at {@code readAtNanos} (nanoseconds since the epoch).
   */
  record Stored(String path, String textHash, SourceStamp stamp, long readAtNanos, Entry entry) {
    boolean takenAtOnce(SourceStamp now) {
      return stamp.equals(now) && !stamp.isRacy(readAtNanos);
    }
  }

  private final Path file;
  private final String salt;
  private final Map<String, Stored> entries;
  private final Map<String, Stored> pending = new ConcurrentHashMap<>();
  private final Set<String> used = ConcurrentHashMap.newKeySet();
  private int recordsOnDisk;

  private ParseCache(Path file, String salt, StoreLog.Contents contents) {
    this.file = file;
    this.salt = salt;
    this.entries = new ConcurrentHashMap<>(contents.entries());
    this.recordsOnDisk = contents.intact() ? contents.records() : -1;
  }

  /**
   * The store in {@code file}, or an empty one when it is missing, of another salt, or unreadable.
   */
  public static ParseCache load(Path file, String salt) {
    return new ParseCache(file, salt, StoreLog.read(file, salt));
  }

  /**
   * Whether this store was made for the same bulletin and {@code bulletin.yaml} as {@code salt}
   * says.
   */
  public boolean hasSalt(String salt) {
    return this.salt.equals(salt);
  }

  /**
   * Starts a build's use of the store: only what this build uses is kept when the log is rewritten.
   */
  public void startBuild() {
    used.clear();
  }

  /** The hash that identifies a source's text. */
  public static String hash(String text) {
    return new vn.bulletin.fingerprint.Fingerprint().add(text).hex();
  }

  /**
   * The entry of a source whose file still has the stamp it had when an earlier build read it, not
   * changed within the clock's granularity of that read: it holds the same text, unread.
   */
  public Optional<Entry> findUnchanged(String path, SourceStamp stamp) {
    Stored stored = entries.get(path);
    return stored != null && stored.takenAtOnce(stamp)
        ? Optional.of(stored.entry())
        : Optional.empty();
  }

  /**
   * Takes the entry of a source whose file {@link #findUnchanged} recognised; it is kept for the
   * next build.
   */
  public void use(String path) {
    used.add(path);
  }

  /**
   * The entry parsed from a text with this hash at this path, now read from a file with this stamp
   * at {@code readAtNanos}; the new stamp is remembered for the next build.
   */
  public Optional<Entry> find(String path, String textHash, SourceStamp stamp, long readAtNanos) {
    Stored stored = entries.get(path);
    if (stored == null || !stored.textHash().equals(textHash)) {
      return Optional.empty();
    }
    used.add(path);
    if (!stored.takenAtOnce(stamp)) {
      remember(new Stored(path, textHash, stamp, readAtNanos, stored.entry()));
    }
    return Optional.of(stored.entry());
  }

  /**
   * Stores what a source parsed to: its text's hash, its file's stamp when read at {@code
   * readAtNanos}.
   */
  public void put(String path, String textHash, SourceStamp stamp, long readAtNanos, Entry entry) {
    used.add(path);
    remember(new Stored(path, textHash, stamp, readAtNanos, entry));
  }

  private void remember(Stored stored) {
    entries.put(stored.path(), stored);
    pending.put(stored.path(), stored);
  }

  /**
   * Appends the entries this build changed to the log; rewrites the log with only the entries this
   * build used when those are fewer than half of its records. Thread-safe calls must have ended.
   */
  public void save() throws IOException {
    // What this build used is a part of what the store holds: of the same size, it is all of it.
    if (used.size() != entries.size()) {
      entries.keySet().retainAll(used);
    }
    boolean rewrite =
        recordsOnDisk < 0 || recordsOnDisk > 2 * entries.size() + 64 || !Files.isRegularFile(file);
    if (!rewrite && pending.isEmpty()) {
      return;
    }
    Files.createDirectories(file.getParent());
    if (rewrite) {
      recordsOnDisk = StoreLog.rewrite(file, salt, entries.values());
    } else {
      recordsOnDisk += StoreLog.append(file, pending.values());
    }
    pending.clear();
  }

  /** How many entries the store holds. */
  public int size() {
    return entries.size();
  }
}
