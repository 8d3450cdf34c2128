package vn.bulletin.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What earlier runs imported, kept in {@code .bulletin/import/ledger.tsv}: for each source URL, the
 * item file written, a hash of what the source gave and a hash of the file as written. A second run
 * thus updates an item whose source changed, skips one that did not, and leaves alone one an editor
 * has changed since.
 *
 * <p>Each {@link #save} appends the entries put since the last one, one line each, so a run saving
 * after every page costs the page and not the ledger; a later line for the same URL supersedes an
 * earlier one, and a last line without its end (a run cut short while writing it) is ignored. When
 * superseded lines outnumber the live ones the file is written anew, whole, at once.
 */
final class ImportLedger {
  static final String FILE = ".bulletin/import/ledger.tsv";

  /** One imported item. */
  record Entry(String sourceUrl, String itemPath, String sourceHash, String fileHash) {
    String line() {
      return String.join("\t", sourceUrl, itemPath, sourceHash, fileHash) + "\n";
    }
  }

  private final Path file;
  private final Map<String, Entry> entries = new TreeMap<>();
  private final Map<String, Integer> owners = new HashMap<>();
  private final List<Entry> unsaved = new ArrayList<>();
  private int linesInFile;
  private boolean whole = true;

  private ImportLedger(Path file) {
    this.file = file;
  }

  static ImportLedger load(Path sourceDir) throws IOException {
    ImportLedger ledger = new ImportLedger(sourceDir.resolve(FILE));
    if (Files.exists(ledger.file)) {
      String text = Files.readString(ledger.file, StandardCharsets.UTF_8);
      int start = 0;
      for (int end = text.indexOf('\n');
          end >= 0;
          start = end + 1, end = text.indexOf('\n', start)) {
        String[] f = text.substring(start, end).split("\t");
        ledger.linesInFile++;
        if (f.length == 4) {
          ledger.add(new Entry(f[0], f[1], f[2], f[3]));
        }
      }
      // A torn last line: the next save writes the file anew rather than append after it.
      ledger.whole = start == text.length();
    }
    return ledger;
  }

  Optional<Entry> find(String sourceUrl) {
    return Optional.ofNullable(entries.get(sourceUrl));
  }

  /** Whether another source already owns this item file. */
  boolean owns(String itemPath) {
    return owners.containsKey(itemPath);
  }

  void put(Entry entry) {
    add(entry);
    unsaved.add(entry);
  }

  private void add(Entry entry) {
    Entry before = entries.put(entry.sourceUrl(), entry);
    if (before != null) {
      owners.computeIfPresent(before.itemPath(), (path, n) -> n == 1 ? null : n - 1);
    }
    owners.merge(entry.itemPath(), 1, Integer::sum);
  }

  /** Writes what was put since the last save; nothing when nothing was. */
  void save() throws IOException {
    if (unsaved.isEmpty()) {
      return;
    }
    Files.createDirectories(file.getParent());
    if (!whole || !Files.exists(file) || linesInFile + unsaved.size() > 2 * entries.size() + 100) {
      Path temp = file.resolveSibling(file.getFileName() + ".tmp");
      Files.writeString(temp, lines(entries.values()), StandardCharsets.UTF_8);
      Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      linesInFile = entries.size();
      whole = true;
    } else {
      Files.writeString(file, lines(unsaved), StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      linesInFile += unsaved.size();
    }
    unsaved.clear();
  }

  private static String lines(Collection<Entry> entries) {
    StringBuilder text = new StringBuilder();
    entries.forEach(e -> text.append(e.line()));
    return text.toString();
  }
}
