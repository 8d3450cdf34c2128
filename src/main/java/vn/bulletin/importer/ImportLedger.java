package vn.bulletin.importer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What earlier runs imported, kept in {@code .bulletin/import/ledger.tsv}: for each source URL, the
 * item file written, a hash of what the source gave and a hash of the file as written. A second run
 * thus updates an item whose source changed, skips one that did not, and leaves alone one an editor
 * has changed since.
 */
final class ImportLedger {
  static final String FILE = ".bulletin/import/ledger.tsv";

  /** One imported item. */
  record Entry(String sourceUrl, String itemPath, String sourceHash, String fileHash) {}

  private final Path file;
  private final Map<String, Entry> entries = new TreeMap<>();

  private ImportLedger(Path file) {
    this.file = file;
  }

  static ImportLedger load(Path sourceDir) throws IOException {
    ImportLedger ledger = new ImportLedger(sourceDir.resolve(FILE));
    if (Files.exists(ledger.file)) {
      for (String line : Files.readAllLines(ledger.file, StandardCharsets.UTF_8)) {
        String[] f = line.split("\t");
        if (f.length == 4) {
          ledger.entries.put(f[0], new Entry(f[0], f[1], f[2], f[3]));
        }
      }
    }
    return ledger;
  }

  Optional<Entry> find(String sourceUrl) {
    return Optional.ofNullable(entries.get(sourceUrl));
  }

  /** Whether another source already owns this item file. */
  boolean owns(String itemPath) {
    return entries.values().stream().anyMatch(e -> e.itemPath().equals(itemPath));
  }

  void put(Entry entry) {
    entries.put(entry.sourceUrl(), entry);
  }

  void save() throws IOException {
    List<String> lines = new ArrayList<>();
    entries.values().forEach(e -> lines.add(String.join("\t", e.sourceUrl(), e.itemPath(), e.sourceHash(),
        e.fileHash())));
    Files.createDirectories(file.getParent());
    Path temp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.write(temp, lines, StandardCharsets.UTF_8);
    Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
        java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }
}
